CREATE TABLE [dbo].[Countries]
(
	[CountryCode]   CHAR(3) NOT NULL,
	[CountryName]   NVARCHAR(50) NOT NULL,
	[Language]      NVARCHAR(10) NOT NULL DEFAULT 'en',
	PRIMARY KEY CLUSTERED ([CountryCode] ASC)
)

GO

CREATE UNIQUE INDEX IX_Countries_Country_Language ON [dbo].[Countries] ([CountryCode], [Language]); 

GO
CREATE TABLE [dbo].[VenueTypes]
(
    [VenueType]                 NVARCHAR(30) NOT NULL,
	[VenueTypeName]             NVARCHAR(30) NOT NULL,  
    [EventTypeName]             NVARCHAR(30) NOT NULL, 
	[EventTypeShortName]        NVARCHAR(20) NOT NULL,
	[EventTypeShortNamePlural]  NVARCHAR(20) NOT NULL,
    [Language]                  NVARCHAR(10) NOT NULL,
    PRIMARY KEY CLUSTERED ([VenueType] ASC),
    CONSTRAINT [AK_VenueType_VenueTypeName_Language] UNIQUE ([VenueTypeName], [Language])
)
GO



GO
CREATE TABLE [dbo].[Venues] (
    [VenueId]        INT            NOT NULL,
    [VenueName]      NVARCHAR (50)  NOT NULL,
  	[VenueType]      NVARCHAR(30)   NOT NULL,
    [AdminEmail]     NVARCHAR(128)  NOT NULL, 
    [AdminPassword]  NVARCHAR(30)   NULL, 
	[PostalCode]     NVARCHAR(20)   NULL, 
	[CountryCode]    CHAR(3)        NOT NULL,
    [RowVersion]     ROWVERSION     NOT NULL, 
    CONSTRAINT [FK_Venues_Countries] FOREIGN KEY ([CountryCode]) REFERENCES [Countries]([CountryCode]), 
    CONSTRAINT [FK_Venues_VenueTypes] FOREIGN KEY ([VenueType]) REFERENCES [VenueTypes]([VenueType]), 
    CONSTRAINT [PK_Venues] PRIMARY KEY ([VenueId])
);
GO

GO
CREATE TABLE [dbo].[Customers] (
    [VenueId]           INT NOT NULL,
    [CustomerId]        INT IDENTITY NOT NULL ,
    [FirstName]         NVARCHAR (50)      NOT NULL,
    [LastName]          NVARCHAR (50)      NOT NULL,
    [Email]             VARCHAR (128)      NOT NULL,
    [Password]          NVARCHAR (30) NULL,
    [PostalCode]        NVARCHAR(20)  NULL, 
    [CountryCode]       CHAR(3)       NOT NULL,
    [RowVersion]        ROWVERSION    NOT NULL, 
    PRIMARY KEY CLUSTERED ([VenueId],[CustomerId] ASC),
    CONSTRAINT [AK_Venue_Email] UNIQUE (VenueId, Email),
    CONSTRAINT [FK_Customers_Venues] FOREIGN KEY ([VenueId]) REFERENCES [Venues]([VenueId]),
    CONSTRAINT [FK_Customers_Countries] FOREIGN KEY ([CountryCode]) REFERENCES [Countries]([CountryCode])
);

GO

GO
CREATE TABLE [dbo].[Events] (
    [VenueId]            INT           NOT NULL,
    [EventId]            INT IDENTITY  NOT NULL,
    [EventName]          NVARCHAR(50)  NOT NULL,
    [Subtitle]           NVARCHAR(50)  NULL,
    [Date]               DATETIME      NOT NULL,
    [RowVersion]         ROWVERSION    NOT NULL, 
    PRIMARY KEY CLUSTERED ([VenueId], [EventId] ASC),
    CONSTRAINT [FK_Events_Venues] FOREIGN KEY ([VenueId]) REFERENCES [Venues]([VenueId]) 
);

GO


GO
CREATE TABLE [dbo].[Sections] (
    [VenueId]           INT           NOT NULL,
    [SectionId]         INT IDENTITY  NOT NULL,
    [SectionName]       NVARCHAR (30) NOT NULL,
    [SeatRows]          SMALLINT      NOT NULL DEFAULT 20, 
    [SeatsPerRow]       SMALLINT      NOT NULL DEFAULT 30,
    [StandardPrice]     MONEY         NOT NULL DEFAULT 10, 
    [RowVersion]        ROWVERSION    NOT NULL, 
    PRIMARY KEY CLUSTERED ([VenueId], [SectionId] ASC),
    CONSTRAINT [FK_Sections_Venues] FOREIGN KEY ([VenueId]) REFERENCES [Venues]([VenueId]), 
    CONSTRAINT [CK_Sections_SeatRows] CHECK (SeatRows <= 1000 and SeatRows > 0),
    CONSTRAINT [CK_Sections_SeatsPerRow] CHECK (SeatsPerRow <= 1000 and SeatsPerRow > 0),
    CONSTRAINT [CK_Sections_StandardPrice] CHECK (StandardPrice <= 100000)
);



GO
CREATE TABLE [dbo].[EventSections] (
    [VenueId]           INT   NOT NULL,
    [EventId]           INT   NOT NULL,
    [SectionId]         INT   NOT NULL,
    [Price]             MONEY NOT NULL,
    [RowVersion]        ROWVERSION NULL, 
    PRIMARY KEY CLUSTERED ([VenueId], [EventId], [SectionId] ASC),
    CONSTRAINT [FK_EventSections_Events] FOREIGN KEY ([VenueId],[EventId]) REFERENCES [Events]([VenueId],[EventId]) ON DELETE CASCADE, 
    CONSTRAINT [FK_EventSections_Sections] FOREIGN KEY ([VenueId],[SectionId]) REFERENCES [Sections]([VenueId],[SectionId])
);


GO
CREATE TABLE [dbo].[TicketPurchases]
(
    [VenueId]           INT         NOT NULL,
    [TicketPurchaseId]  INT         NOT NULL IDENTITY, 
    [PurchaseDate]      DATETIME    NOT NULL, 
    [PurchaseTotal]     MONEY       NOT NULL,
    [CustomerId]        INT         NOT NULL,
    [RowVersion]        ROWVERSION  NOT NULL, 
    PRIMARY KEY CLUSTERED ([VenueId], [TicketPurchaseId] ASC), 
    CONSTRAINT [FK_TicketPurchases_Customers] FOREIGN KEY ([VenueId], [CustomerId]) REFERENCES [Customers]([VenueId], [CustomerId])
)

GO
GO
CREATE TABLE [dbo].[Tickets] (
    [VenueId]               INT NOT NULL,    
    [TicketId]              INT IDENTITY NOT NULL,
	[RowNumber]             INT NOT NULL,
    [SeatNumber]            INT NOT NULL, 
    [EventId]               INT NOT NULL,
    [SectionId]             INT NOT NULL,
    [TicketPurchaseId]      INT NOT NULL,
    PRIMARY KEY CLUSTERED ([VenueId], [TicketId] ASC),
    CONSTRAINT [AK_Venue_Event_Seat_Ticket] UNIQUE ([VenueId],[EventId], [SectionId], [RowNumber], [SeatNumber]),
    CONSTRAINT [FK_Tickets_TicketPurchases] FOREIGN KEY ([VenueId], [TicketPurchaseId]) REFERENCES [TicketPurchases]([VenueId], [TicketPurchaseId]) ON DELETE CASCADE, 
    CONSTRAINT [FK_Tickets_EventSections] FOREIGN KEY ([VenueId], [EventId], [SectionId]) REFERENCES [EventSections]([VenueId], [EventId],[SectionId])
);

GO
GO
CREATE TABLE [dbo].[LastExtracted]
(
	[LastExtractedVenueRowVersion]  VARBINARY(8) NOT NULL DEFAULT 0x0000000000000000,
	[LastExtractedEventRowVersion]  VARBINARY(8) NOT NULL DEFAULT 0x0000000000000000,
	[LastExtractedTicketRowVersion] VARBINARY(8) NOT NULL DEFAULT 0x0000000000000000,
	[Lock]                          CHAR NOT NULL DEFAULT 'X',
	CONSTRAINT [CK_LastExtracted_Singleton] CHECK (Lock = 'X'),
	CONSTRAINT [PK_LastExtracted] PRIMARY KEY ([Lock])
)

GO
