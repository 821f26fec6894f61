-- Identifiers needing quotes: reserved words (`order`, `group`, `key`), a name with a space and a mixed-case name.
CREATE TABLE `user` (
    id     BIGINT      NOT NULL,
    `name` VARCHAR(50) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE TABLE `order` (
    id        BIGINT      NOT NULL,
    `UserId`  BIGINT      NOT NULL,
    `group`   VARCHAR(50) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE TABLE `Order Details` (
    `OrderId` BIGINT NOT NULL,
    `LineNo`  INT    NOT NULL,
    PRIMARY KEY (`OrderId`, `LineNo`)
) ENGINE=InnoDB;
