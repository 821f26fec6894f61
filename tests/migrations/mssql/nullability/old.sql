-- Nullability: one column becomes NOT NULL, two become nullable.
CREATE TABLE dbo.Invoices (
    InvoiceId   BIGINT         NOT NULL,
    Number      VARCHAR(30)    NOT NULL,
    DueDate     DATE           NULL,
    Notes       NVARCHAR(MAX)  NOT NULL,
    CustomerRef VARCHAR(40)    NOT NULL,
    Amount      DECIMAL(12,2)  NOT NULL,
    CONSTRAINT PK_Invoices PRIMARY KEY CLUSTERED (InvoiceId)
);
GO
