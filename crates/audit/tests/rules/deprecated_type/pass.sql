CREATE TABLE dbo.Note (NoteId INT NOT NULL PRIMARY KEY, Body NVARCHAR(MAX) NULL, Photo VARBINARY(MAX) NULL);

-- An alias on a supported type.
CREATE TYPE dbo.ShortNote FROM NVARCHAR(400) NULL;
CREATE TABLE dbo.Ticket (TicketId INT NOT NULL PRIMARY KEY, Details dbo.ShortNote);
