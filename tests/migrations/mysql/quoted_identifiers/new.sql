CREATE TABLE `user` (
    id     BIGINT      NOT NULL,
    `name` VARCHAR(50) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE TABLE `order` (
    id          BIGINT       NOT NULL,
    `UserId`    BIGINT       NOT NULL,
    `group`     VARCHAR(100) NOT NULL,
    `Shipped At` DATETIME    NULL,
    PRIMARY KEY (id),
    KEY `IX order UserId` (`UserId`),
    CONSTRAINT `FK_order_user` FOREIGN KEY (`UserId`) REFERENCES `user` (id)
) ENGINE=InnoDB;

CREATE TABLE `Order Details` (
    `OrderId` BIGINT NOT NULL,
    `LineNo`  INT    NOT NULL,
    `key`     INT    NOT NULL DEFAULT 1,
    PRIMARY KEY (`OrderId`, `LineNo`),
    CONSTRAINT `FK_Order Details_order` FOREIGN KEY (`OrderId`) REFERENCES `order` (id)
) ENGINE=InnoDB;
