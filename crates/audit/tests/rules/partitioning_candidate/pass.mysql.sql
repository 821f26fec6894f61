-- InnoDB cannot partition a table that has a foreign key.
CREATE TABLE job_queue (queue_id INT NOT NULL PRIMARY KEY, name VARCHAR(100) NOT NULL) ENGINE=InnoDB;
CREATE TABLE background_job (job_id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, queue_id INT NOT NULL, job_type VARCHAR(100) NOT NULL, created_at DATETIME(6) NOT NULL,
  KEY ix_background_job_queue (queue_id),
  CONSTRAINT fk_background_job_queue FOREIGN KEY (queue_id) REFERENCES job_queue (queue_id)) ENGINE=InnoDB;
