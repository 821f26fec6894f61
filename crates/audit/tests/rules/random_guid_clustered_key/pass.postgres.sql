CREATE TABLE public.session (session_id uuid PRIMARY KEY DEFAULT gen_random_uuid(), user_id bigint NOT NULL);
