-- Numbering: one table gains AUTO_INCREMENT on its key, another loses it.
CREATE TABLE tickets (
    id INT NOT NULL,
    title VARCHAR(200) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE TABLE imports (
    id BIGINT NOT NULL AUTO_INCREMENT,
    source VARCHAR(100) NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB;
