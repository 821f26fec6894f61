-- InnoDB creates the index a foreign key needs.
CREATE TABLE model (model_id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) NOT NULL) ENGINE=InnoDB;
CREATE TABLE model_layer (layer_id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, model_id BIGINT NOT NULL,
  CONSTRAINT fk_model_layer_model FOREIGN KEY (model_id) REFERENCES model (model_id)) ENGINE=InnoDB;
