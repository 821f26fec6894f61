CREATE TABLE authors (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(100) NOT NULL,
  bio text
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE books (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  author_id int,
  title varchar(300) NOT NULL,
  isbn varchar(20),
  UNIQUE KEY (isbn),
  FOREIGN KEY (author_id) REFERENCES authors (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
