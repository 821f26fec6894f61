-- Single-company order system, SQL Server 2019+.
-- All timestamps are UTC; UpdatedAt is set by the application on every UPDATE.
-- Money is DECIMAL in one house currency.

CREATE TABLE dbo.Customers (
    CustomerId  INT IDENTITY(1,1) NOT NULL,
    Email       NVARCHAR(254)     NOT NULL,
    FullName    NVARCHAR(200)     NOT NULL,
    Phone       VARCHAR(32)       NULL,      -- optional; E.164 plus room for an extension
    CreatedAt   DATETIME2(3)      NOT NULL CONSTRAINT DF_Customers_CreatedAt DEFAULT SYSUTCDATETIME(),
    UpdatedAt   DATETIME2(3)      NOT NULL CONSTRAINT DF_Customers_UpdatedAt DEFAULT SYSUTCDATETIME(),
    CONSTRAINT PK_Customers PRIMARY KEY CLUSTERED (CustomerId),
    CONSTRAINT UQ_Customers_Email UNIQUE (Email)
);

-- Back-office search by name.
CREATE INDEX IX_Customers_FullName ON dbo.Customers (FullName);

CREATE TABLE dbo.CustomerAddresses (
    AddressId   INT IDENTITY(1,1) NOT NULL,
    CustomerId  INT               NOT NULL,
    Line1       NVARCHAR(200)     NOT NULL,
    Line2       NVARCHAR(200)     NULL,
    City        NVARCHAR(100)     NOT NULL,
    Region      NVARCHAR(100)     NULL,      -- not every country has states or provinces
    PostalCode  NVARCHAR(20)      NULL,      -- not every country has postal codes
    CountryCode CHAR(2)           NOT NULL,  -- ISO 3166-1 alpha-2
    CreatedAt   DATETIME2(3)      NOT NULL CONSTRAINT DF_CustomerAddresses_CreatedAt DEFAULT SYSUTCDATETIME(),
    UpdatedAt   DATETIME2(3)      NOT NULL CONSTRAINT DF_CustomerAddresses_UpdatedAt DEFAULT SYSUTCDATETIME(),
    CONSTRAINT PK_CustomerAddresses PRIMARY KEY CLUSTERED (AddressId),
    CONSTRAINT FK_CustomerAddresses_Customers FOREIGN KEY (CustomerId) REFERENCES dbo.Customers (CustomerId),
    CONSTRAINT CK_CustomerAddresses_CountryCode CHECK (CountryCode LIKE '[A-Z][A-Z]')
);

CREATE INDEX IX_CustomerAddresses_CustomerId ON dbo.CustomerAddresses (CustomerId);

CREATE TABLE dbo.Products (
    ProductId      INT IDENTITY(1,1) NOT NULL,
    Sku            VARCHAR(40)       NOT NULL,
    Name           NVARCHAR(200)     NOT NULL,
    Description    NVARCHAR(4000)    NULL,
    UnitPrice      DECIMAL(12,2)     NOT NULL,
    DiscontinuedAt DATETIME2(3)      NULL,   -- NULL while the product is on sale
    CreatedAt      DATETIME2(3)      NOT NULL CONSTRAINT DF_Products_CreatedAt DEFAULT SYSUTCDATETIME(),
    UpdatedAt      DATETIME2(3)      NOT NULL CONSTRAINT DF_Products_UpdatedAt DEFAULT SYSUTCDATETIME(),
    CONSTRAINT PK_Products PRIMARY KEY CLUSTERED (ProductId),
    CONSTRAINT UQ_Products_Sku UNIQUE (Sku),
    CONSTRAINT CK_Products_UnitPrice CHECK (UnitPrice >= 0)
);

CREATE INDEX IX_Products_Name ON dbo.Products (Name);

CREATE TABLE dbo.Orders (
    OrderId           INT IDENTITY(1,1) NOT NULL,
    OrderNumber       VARCHAR(20)       NOT NULL,  -- customer-facing reference, e.g. SO-2024-000123
    CustomerId        INT               NOT NULL,
    ShippingAddressId INT               NOT NULL,
    Status            VARCHAR(20)       NOT NULL CONSTRAINT DF_Orders_Status DEFAULT 'pending',
    ShippingFee       DECIMAL(12,2)     NOT NULL CONSTRAINT DF_Orders_ShippingFee DEFAULT 0,
    ShippedAt         DATETIME2(3)      NULL,
    CreatedAt         DATETIME2(3)      NOT NULL CONSTRAINT DF_Orders_CreatedAt DEFAULT SYSUTCDATETIME(),
    UpdatedAt         DATETIME2(3)      NOT NULL CONSTRAINT DF_Orders_UpdatedAt DEFAULT SYSUTCDATETIME(),
    CONSTRAINT PK_Orders PRIMARY KEY CLUSTERED (OrderId),
    CONSTRAINT UQ_Orders_OrderNumber UNIQUE (OrderNumber),
    CONSTRAINT FK_Orders_Customers FOREIGN KEY (CustomerId) REFERENCES dbo.Customers (CustomerId),
    CONSTRAINT FK_Orders_CustomerAddresses FOREIGN KEY (ShippingAddressId) REFERENCES dbo.CustomerAddresses (AddressId),
    CONSTRAINT CK_Orders_Status CHECK (Status IN ('pending', 'paid', 'shipped', 'delivered', 'cancelled')),
    CONSTRAINT CK_Orders_ShippingFee CHECK (ShippingFee >= 0),
    CONSTRAINT CK_Orders_ShippedAt CHECK (ShippedAt IS NULL OR ShippedAt >= CreatedAt)
);

-- A customer's order history, newest first.
CREATE INDEX IX_Orders_CustomerId_CreatedAt ON dbo.Orders (CustomerId, CreatedAt DESC);
CREATE INDEX IX_Orders_ShippingAddressId ON dbo.Orders (ShippingAddressId);
-- The fulfilment queue: only orders still waiting to ship.
CREATE INDEX IX_Orders_Status_Open ON dbo.Orders (Status, CreatedAt) WHERE Status IN ('pending', 'paid');

-- Lines are keyed by their order and position, so they are stored next to their order.
CREATE TABLE dbo.OrderLines (
    OrderId    INT           NOT NULL,
    LineNumber SMALLINT      NOT NULL,
    ProductId  INT           NOT NULL,
    Quantity   INT           NOT NULL,
    UnitPrice  DECIMAL(12,2) NOT NULL,  -- price at the time of the order, not the current list price
    CreatedAt  DATETIME2(3)  NOT NULL CONSTRAINT DF_OrderLines_CreatedAt DEFAULT SYSUTCDATETIME(),
    UpdatedAt  DATETIME2(3)  NOT NULL CONSTRAINT DF_OrderLines_UpdatedAt DEFAULT SYSUTCDATETIME(),
    CONSTRAINT PK_OrderLines PRIMARY KEY CLUSTERED (OrderId, LineNumber),
    CONSTRAINT FK_OrderLines_Orders FOREIGN KEY (OrderId) REFERENCES dbo.Orders (OrderId) ON DELETE CASCADE,
    CONSTRAINT FK_OrderLines_Products FOREIGN KEY (ProductId) REFERENCES dbo.Products (ProductId),
    CONSTRAINT CK_OrderLines_LineNumber CHECK (LineNumber > 0),
    CONSTRAINT CK_OrderLines_Quantity CHECK (Quantity > 0),
    CONSTRAINT CK_OrderLines_UnitPrice CHECK (UnitPrice >= 0)
);

CREATE INDEX IX_OrderLines_ProductId ON dbo.OrderLines (ProductId);
