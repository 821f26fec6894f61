-- A small web shop with guest checkout, SQL Server 2019+. Timestamps are UTC.

CREATE TABLE dbo.Categories (
    CategoryId       INT IDENTITY(1,1) NOT NULL,
    ParentCategoryId INT               NULL,  -- NULL for a top-level category
    Slug             VARCHAR(100)      NOT NULL,
    Name             NVARCHAR(100)     NOT NULL,
    CreatedAt        DATETIME2(3)      NOT NULL CONSTRAINT DF_Categories_CreatedAt DEFAULT SYSUTCDATETIME(),
    UpdatedAt        DATETIME2(3)      NOT NULL CONSTRAINT DF_Categories_UpdatedAt DEFAULT SYSUTCDATETIME(),
    CONSTRAINT PK_Categories PRIMARY KEY CLUSTERED (CategoryId),
    CONSTRAINT UQ_Categories_Slug UNIQUE (Slug),
    -- Sibling names are unique; SQL Server's UNIQUE treats NULLs as equal, so top-level names are too.
    CONSTRAINT UQ_Categories_Parent_Name UNIQUE (ParentCategoryId, Name),
    CONSTRAINT FK_Categories_Parent FOREIGN KEY (ParentCategoryId) REFERENCES dbo.Categories (CategoryId)
);

CREATE TABLE dbo.Products (
    ProductId   INT IDENTITY(1,1) NOT NULL,
    CategoryId  INT               NOT NULL,
    Sku         VARCHAR(40)       NOT NULL,
    Name        NVARCHAR(200)     NOT NULL,
    Description NVARCHAR(MAX)     NULL,
    Price       DECIMAL(10,2)     NOT NULL,
    IsActive    BIT               NOT NULL CONSTRAINT DF_Products_IsActive DEFAULT 1,
    CreatedAt   DATETIME2(3)      NOT NULL CONSTRAINT DF_Products_CreatedAt DEFAULT SYSUTCDATETIME(),
    UpdatedAt   DATETIME2(3)      NOT NULL CONSTRAINT DF_Products_UpdatedAt DEFAULT SYSUTCDATETIME(),
    CONSTRAINT PK_Products PRIMARY KEY CLUSTERED (ProductId),
    CONSTRAINT UQ_Products_Sku UNIQUE (Sku),
    CONSTRAINT FK_Products_Categories FOREIGN KEY (CategoryId) REFERENCES dbo.Categories (CategoryId),
    CONSTRAINT CK_Products_Price CHECK (Price >= 0)
);

-- Category pages list active products; search is by name.
CREATE INDEX IX_Products_CategoryId_IsActive ON dbo.Products (CategoryId, IsActive) INCLUDE (Name, Price);
CREATE INDEX IX_Products_Name ON dbo.Products (Name) WHERE IsActive = 1;

-- Stock levels change on every sale, so they live apart from the catalog row.
CREATE TABLE dbo.Inventory (
    ProductId        INT          NOT NULL,
    QuantityOnHand   INT          NOT NULL CONSTRAINT DF_Inventory_QuantityOnHand DEFAULT 0,
    QuantityReserved INT          NOT NULL CONSTRAINT DF_Inventory_QuantityReserved DEFAULT 0,  -- in unpaid orders
    ReorderLevel     INT          NOT NULL CONSTRAINT DF_Inventory_ReorderLevel DEFAULT 0,
    CreatedAt        DATETIME2(3) NOT NULL CONSTRAINT DF_Inventory_CreatedAt DEFAULT SYSUTCDATETIME(),
    UpdatedAt        DATETIME2(3) NOT NULL CONSTRAINT DF_Inventory_UpdatedAt DEFAULT SYSUTCDATETIME(),
    CONSTRAINT PK_Inventory PRIMARY KEY CLUSTERED (ProductId),
    CONSTRAINT FK_Inventory_Products FOREIGN KEY (ProductId) REFERENCES dbo.Products (ProductId),
    CONSTRAINT CK_Inventory_Quantities CHECK (QuantityReserved >= 0 AND QuantityReserved <= QuantityOnHand),
    CONSTRAINT CK_Inventory_ReorderLevel CHECK (ReorderLevel >= 0)
);

-- Retention: a nightly job deletes carts whose ExpiresAt has passed.
CREATE TABLE dbo.Carts (
    CartId    INT IDENTITY(1,1) NOT NULL,
    Token     UNIQUEIDENTIFIER  NOT NULL CONSTRAINT DF_Carts_Token DEFAULT NEWID(),  -- the cookie value
    ExpiresAt DATETIME2(3)      NOT NULL CONSTRAINT DF_Carts_ExpiresAt DEFAULT DATEADD(DAY, 30, SYSUTCDATETIME()),
    CreatedAt DATETIME2(3)      NOT NULL CONSTRAINT DF_Carts_CreatedAt DEFAULT SYSUTCDATETIME(),
    UpdatedAt DATETIME2(3)      NOT NULL CONSTRAINT DF_Carts_UpdatedAt DEFAULT SYSUTCDATETIME(),
    CONSTRAINT PK_Carts PRIMARY KEY CLUSTERED (CartId),
    CONSTRAINT UQ_Carts_Token UNIQUE NONCLUSTERED (Token),
    CONSTRAINT CK_Carts_ExpiresAt CHECK (ExpiresAt > CreatedAt)
);

CREATE INDEX IX_Carts_ExpiresAt ON dbo.Carts (ExpiresAt);

CREATE TABLE dbo.CartItems (
    CartId    INT          NOT NULL,
    ProductId INT          NOT NULL,
    Quantity  INT          NOT NULL,
    CreatedAt DATETIME2(3) NOT NULL CONSTRAINT DF_CartItems_CreatedAt DEFAULT SYSUTCDATETIME(),
    UpdatedAt DATETIME2(3) NOT NULL CONSTRAINT DF_CartItems_UpdatedAt DEFAULT SYSUTCDATETIME(),
    CONSTRAINT PK_CartItems PRIMARY KEY CLUSTERED (CartId, ProductId),
    CONSTRAINT FK_CartItems_Carts FOREIGN KEY (CartId) REFERENCES dbo.Carts (CartId) ON DELETE CASCADE,
    CONSTRAINT FK_CartItems_Products FOREIGN KEY (ProductId) REFERENCES dbo.Products (ProductId),
    CONSTRAINT CK_CartItems_Quantity CHECK (Quantity > 0)
);

CREATE INDEX IX_CartItems_ProductId ON dbo.CartItems (ProductId);

-- Contact and shipping details are copied into the order, as they were at checkout.
CREATE TABLE dbo.Orders (
    OrderId         INT IDENTITY(1,1) NOT NULL,
    OrderNumber     VARCHAR(20)       NOT NULL,
    Email           NVARCHAR(254)     NOT NULL,
    ShipName        NVARCHAR(200)     NOT NULL,
    ShipLine1       NVARCHAR(200)     NOT NULL,
    ShipLine2       NVARCHAR(200)     NULL,
    ShipCity        NVARCHAR(100)     NOT NULL,
    ShipPostalCode  NVARCHAR(20)      NULL,  -- not every country has postal codes
    ShipCountryCode CHAR(2)           NOT NULL,  -- ISO 3166-1 alpha-2
    Status          VARCHAR(20)       NOT NULL CONSTRAINT DF_Orders_Status DEFAULT 'pending',
    ShippingFee     DECIMAL(10,2)     NOT NULL CONSTRAINT DF_Orders_ShippingFee DEFAULT 0,
    PaidAt          DATETIME2(3)      NULL,
    ShippedAt       DATETIME2(3)      NULL,
    CreatedAt       DATETIME2(3)      NOT NULL CONSTRAINT DF_Orders_CreatedAt DEFAULT SYSUTCDATETIME(),
    UpdatedAt       DATETIME2(3)      NOT NULL CONSTRAINT DF_Orders_UpdatedAt DEFAULT SYSUTCDATETIME(),
    CONSTRAINT PK_Orders PRIMARY KEY CLUSTERED (OrderId),
    CONSTRAINT UQ_Orders_OrderNumber UNIQUE (OrderNumber),
    CONSTRAINT CK_Orders_Status CHECK (Status IN ('pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded')),
    CONSTRAINT CK_Orders_ShippingFee CHECK (ShippingFee >= 0),
    CONSTRAINT CK_Orders_ShipCountryCode CHECK (ShipCountryCode LIKE '[A-Z][A-Z]')
);

-- "My orders" by e-mail, and the fulfilment queue.
CREATE INDEX IX_Orders_Email ON dbo.Orders (Email, CreatedAt DESC);
CREATE INDEX IX_Orders_Status_CreatedAt ON dbo.Orders (Status, CreatedAt);

CREATE TABLE dbo.OrderItems (
    OrderId   INT           NOT NULL,
    ProductId INT           NOT NULL,
    Quantity  INT           NOT NULL,
    UnitPrice DECIMAL(10,2) NOT NULL,  -- the price paid, not today's price
    CreatedAt DATETIME2(3)  NOT NULL CONSTRAINT DF_OrderItems_CreatedAt DEFAULT SYSUTCDATETIME(),
    UpdatedAt DATETIME2(3)  NOT NULL CONSTRAINT DF_OrderItems_UpdatedAt DEFAULT SYSUTCDATETIME(),
    CONSTRAINT PK_OrderItems PRIMARY KEY CLUSTERED (OrderId, ProductId),
    CONSTRAINT FK_OrderItems_Orders FOREIGN KEY (OrderId) REFERENCES dbo.Orders (OrderId) ON DELETE CASCADE,
    CONSTRAINT FK_OrderItems_Products FOREIGN KEY (ProductId) REFERENCES dbo.Products (ProductId),
    CONSTRAINT CK_OrderItems_Quantity CHECK (Quantity > 0),
    CONSTRAINT CK_OrderItems_UnitPrice CHECK (UnitPrice >= 0)
);

CREATE INDEX IX_OrderItems_ProductId ON dbo.OrderItems (ProductId);
