CREATE TABLE dbo.Invoices (
    InvoiceId   BIGINT         NOT NULL,
    Number      VARCHAR(30)    NOT NULL,
    DueDate     DATE           NOT NULL,
    Notes       NVARCHAR(MAX)  NULL,
    CustomerRef VARCHAR(40)    NULL,
    Amount      DECIMAL(12,2)  NOT NULL,
    CONSTRAINT PK_Invoices PRIMARY KEY CLUSTERED (InvoiceId)
);
GO
