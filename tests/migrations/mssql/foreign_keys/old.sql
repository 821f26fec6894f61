-- Foreign keys: added (named with an action, and unnamed), dropped (named and unnamed), and one whose action changes.
CREATE TABLE dbo.Customers (
    CustomerId BIGINT        NOT NULL,
    Name       NVARCHAR(200) NOT NULL,
    CONSTRAINT PK_Customers PRIMARY KEY CLUSTERED (CustomerId)
);
GO
CREATE TABLE dbo.Addresses (
    AddressId  BIGINT        NOT NULL,
    CustomerId BIGINT        NOT NULL,
    Line1      NVARCHAR(200) NOT NULL,
    CONSTRAINT PK_Addresses PRIMARY KEY CLUSTERED (AddressId)
);
GO
CREATE TABLE dbo.Orders (
    OrderId           BIGINT NOT NULL,
    CustomerId        BIGINT NOT NULL,
    ShippingAddressId BIGINT NULL,
    CONSTRAINT PK_Orders PRIMARY KEY CLUSTERED (OrderId),
    CONSTRAINT FK_Orders_Customers FOREIGN KEY (CustomerId) REFERENCES dbo.Customers (CustomerId),
    FOREIGN KEY (ShippingAddressId) REFERENCES dbo.Addresses (AddressId)
);
GO
CREATE TABLE dbo.Payments (
    PaymentId BIGINT        NOT NULL,
    OrderId   BIGINT        NOT NULL,
    Amount    DECIMAL(12,2) NOT NULL,
    CONSTRAINT PK_Payments PRIMARY KEY CLUSTERED (PaymentId)
);
GO
CREATE TABLE dbo.Refunds (
    RefundId  BIGINT        NOT NULL,
    PaymentId BIGINT        NOT NULL,
    Amount    DECIMAL(12,2) NOT NULL,
    CONSTRAINT PK_Refunds PRIMARY KEY CLUSTERED (RefundId),
    CONSTRAINT FK_Refunds_Payments FOREIGN KEY (PaymentId) REFERENCES dbo.Payments (PaymentId)
);
GO
