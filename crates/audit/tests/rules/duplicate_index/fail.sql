CREATE TABLE dbo.Job (JobId BIGINT NOT NULL PRIMARY KEY, Status INT NOT NULL, Priority INT NOT NULL);
CREATE INDEX IX_Job_Status ON dbo.Job (Status);
CREATE INDEX IX_Job_Status_Priority ON dbo.Job (Status, Priority);
