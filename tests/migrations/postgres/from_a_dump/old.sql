-- pg_dump's form (named constraints and indexes, DEFAULT NULL::text, ALTER TABLE ONLY) against
-- the next version written by hand: only the real changes migrate.
CREATE TABLE public.authors (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    bio text DEFAULT NULL::text
);
CREATE TABLE public.books (
    id integer NOT NULL,
    author_id integer,
    title character varying(200) NOT NULL
);
ALTER TABLE ONLY public.authors
    ADD CONSTRAINT authors_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.books
    ADD CONSTRAINT books_pkey PRIMARY KEY (id);
CREATE INDEX books_author_id_idx ON public.books USING btree (author_id);
ALTER TABLE ONLY public.books
    ADD CONSTRAINT books_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.authors(id);
