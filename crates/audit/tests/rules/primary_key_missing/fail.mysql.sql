CREATE TABLE forum_watch (forum_id INT NOT NULL, user_id INT NOT NULL, notify_status TINYINT NOT NULL DEFAULT 0) ENGINE=InnoDB;
CREATE TABLE event (event_id BIGINT NOT NULL AUTO_INCREMENT, payload VARCHAR(400), KEY ix_event (event_id)) ENGINE=InnoDB;
