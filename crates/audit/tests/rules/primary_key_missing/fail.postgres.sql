CREATE TABLE public.forum_watch (forum_id integer NOT NULL, user_id integer NOT NULL, notify_status smallint NOT NULL DEFAULT 0);
