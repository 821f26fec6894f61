CREATE TABLE dbo.Invoices (
    InvoiceId  BIGINT        NOT NULL,
    CustomerId BIGINT        NOT NULL,
    IssuedOn   DATE          NOT NULL,
    Amount     DECIMAL(12,2) NOT NULL,
    CONSTRAINT PK_Invoices PRIMARY KEY CLUSTERED (InvoiceId)
);
GO
CREATE INDEX IX_Invoices_CustomerId_IssuedOn ON dbo.Invoices (CustomerId, IssuedOn) INCLUDE (Amount);
GO
