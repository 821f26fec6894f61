CREATE TABLE dbo.Note (NoteId INT NOT NULL PRIMARY KEY, Body NTEXT NULL, Photo IMAGE NULL);

-- An alias type declared on a deprecated type is as deprecated as the type.
CREATE TYPE dbo.LongNote FROM NTEXT NOT NULL;
CREATE TABLE dbo.Ticket (TicketId INT NOT NULL PRIMARY KEY, Details dbo.LongNote);
