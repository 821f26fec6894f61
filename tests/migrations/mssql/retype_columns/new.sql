CREATE TABLE dbo.Products (
    ProductId INT           NOT NULL,
    Sku       VARCHAR(32)   NOT NULL,
    Name      NVARCHAR(200) NOT NULL,
    Stock     BIGINT        NOT NULL,
    Price     DECIMAL(12,2) NOT NULL,
    CONSTRAINT PK_Products PRIMARY KEY CLUSTERED (ProductId)
);
GO
