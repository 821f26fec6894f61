CREATE TABLE dbo.Model (ModelId INT NOT NULL PRIMARY KEY);
CREATE TABLE dbo.ModelLayer (LayerId BIGINT NOT NULL PRIMARY KEY, ModelId INT NOT NULL REFERENCES dbo.Model (ModelId), CorrelationId BIGINT NULL);
CREATE TABLE dbo.Topic (TopicId INT NOT NULL PRIMARY KEY);
-- 0 means "no topic" here, which no parent row has: a foreign key would reject it.
CREATE TABLE dbo.Attachment (AttachmentId INT NOT NULL PRIMARY KEY, TopicId INT NOT NULL DEFAULT 0, ModelId INT NOT NULL REFERENCES dbo.Model (ModelId));
-- No table of the script is called Usage: a guess is not evidence.
CREATE TABLE dbo.Migration (MigrationId BIGINT NOT NULL PRIMARY KEY, SourceUsageId BIGINT NOT NULL);
