CREATE TABLE dbo.Customers (
    CustomerId BIGINT        NOT NULL,
    Name       NVARCHAR(200) NOT NULL,
    CONSTRAINT PK_Customers PRIMARY KEY CLUSTERED (CustomerId)
);
GO
CREATE TABLE dbo.Addresses (
    AddressId  BIGINT        NOT NULL,
    CustomerId BIGINT        NOT NULL REFERENCES dbo.Customers (CustomerId),
    Line1      NVARCHAR(200) NOT NULL,
    CONSTRAINT PK_Addresses PRIMARY KEY CLUSTERED (AddressId)
);
GO
CREATE TABLE dbo.Orders (
    OrderId           BIGINT NOT NULL,
    CustomerId        BIGINT NOT NULL,
    ShippingAddressId BIGINT NULL,
    CONSTRAINT PK_Orders PRIMARY KEY CLUSTERED (OrderId),
    CONSTRAINT FK_Orders_Customers FOREIGN KEY (CustomerId) REFERENCES dbo.Customers (CustomerId) ON DELETE CASCADE
);
GO
CREATE TABLE dbo.Payments (
    PaymentId BIGINT        NOT NULL,
    OrderId   BIGINT        NOT NULL,
    Amount    DECIMAL(12,2) NOT NULL,
    CONSTRAINT PK_Payments PRIMARY KEY CLUSTERED (PaymentId),
    CONSTRAINT FK_Payments_Orders FOREIGN KEY (OrderId) REFERENCES dbo.Orders (OrderId) ON DELETE CASCADE
);
GO
CREATE TABLE dbo.Refunds (
    RefundId  BIGINT        NOT NULL,
    PaymentId BIGINT        NOT NULL,
    Amount    DECIMAL(12,2) NOT NULL,
    CONSTRAINT PK_Refunds PRIMARY KEY CLUSTERED (RefundId)
);
GO
