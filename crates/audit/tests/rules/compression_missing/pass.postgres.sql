CREATE TABLE public.country (country_code char(2) PRIMARY KEY, name text NOT NULL);
