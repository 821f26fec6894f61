CREATE TABLE dbo.Model (ModelId INT NOT NULL PRIMARY KEY, Config JSON NULL, ModelFamily AS JSON_VALUE(Config, '$.family') PERSISTED);
CREATE INDEX IX_Model_ModelFamily ON dbo.Model (ModelFamily);
