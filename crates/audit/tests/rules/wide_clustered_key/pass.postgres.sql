CREATE TABLE public.order_line (order_number varchar(20) NOT NULL, line_code varchar(20) NOT NULL, quantity integer NOT NULL, PRIMARY KEY (order_number, line_code));
