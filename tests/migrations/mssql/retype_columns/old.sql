-- Retype columns: widen an NVARCHAR, INT to BIGINT, DECIMAL precision up, and narrow a VARCHAR (data loss).
CREATE TABLE dbo.Products (
    ProductId INT           NOT NULL,
    Sku       VARCHAR(64)   NOT NULL,
    Name      NVARCHAR(100) NOT NULL,
    Stock     INT           NOT NULL,
    Price     DECIMAL(10,2) NOT NULL,
    CONSTRAINT PK_Products PRIMARY KEY CLUSTERED (ProductId)
);
GO
