CREATE TABLE dbo.Customers (
    CustomerId BIGINT IDENTITY(1,1) NOT NULL,
    Email      NVARCHAR(254)        NOT NULL,
    CONSTRAINT PK_Customers PRIMARY KEY CLUSTERED (CustomerId),
    CONSTRAINT UQ_Customers_Email UNIQUE (Email)
);
GO
CREATE TABLE dbo.Products (
    ProductId BIGINT IDENTITY(1,1) NOT NULL,
    Sku       VARCHAR(40)          NOT NULL,
    Price     DECIMAL(12,2)        NOT NULL,
    CONSTRAINT PK_Products PRIMARY KEY CLUSTERED (ProductId),
    CONSTRAINT UQ_Products_Sku UNIQUE (Sku)
);
GO
CREATE TABLE dbo.Orders (
    OrderId    BIGINT IDENTITY(1,1) NOT NULL,
    CustomerId BIGINT               NOT NULL,
    Status     VARCHAR(20)          NOT NULL CONSTRAINT DF_Orders_Status DEFAULT ('open'),
    PlacedAt   DATETIME2(3)         NOT NULL CONSTRAINT DF_Orders_PlacedAt DEFAULT SYSUTCDATETIME(),
    CONSTRAINT PK_Orders PRIMARY KEY CLUSTERED (OrderId),
    CONSTRAINT FK_Orders_Customers FOREIGN KEY (CustomerId) REFERENCES dbo.Customers (CustomerId),
    CONSTRAINT CK_Orders_Status CHECK (Status IN ('open', 'paid', 'shipped'))
);
GO
CREATE INDEX IX_Orders_CustomerId ON dbo.Orders (CustomerId);
GO
CREATE TABLE dbo.OrderItems (
    OrderId   BIGINT        NOT NULL,
    LineNumber   INT           NOT NULL,
    ProductId BIGINT        NOT NULL,
    Quantity  INT           NOT NULL,
    UnitPrice DECIMAL(12,2) NOT NULL,
    CONSTRAINT PK_OrderItems PRIMARY KEY CLUSTERED (OrderId, LineNumber),
    CONSTRAINT FK_OrderItems_Orders FOREIGN KEY (OrderId) REFERENCES dbo.Orders (OrderId) ON DELETE CASCADE,
    CONSTRAINT FK_OrderItems_Products FOREIGN KEY (ProductId) REFERENCES dbo.Products (ProductId),
    CONSTRAINT CK_OrderItems_Quantity CHECK (Quantity > 0)
);
GO
CREATE INDEX IX_OrderItems_ProductId ON dbo.OrderItems (ProductId);
GO
