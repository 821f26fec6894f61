CREATE TABLE dbo.Model (ModelId INT NOT NULL PRIMARY KEY);
CREATE TABLE dbo.ModelLayer (LayerId BIGINT NOT NULL PRIMARY KEY, ModelId INT NOT NULL, CONSTRAINT FK_ModelLayer_Model FOREIGN KEY (ModelId) REFERENCES dbo.Model (ModelId));
CREATE INDEX IX_ModelLayer_ModelId ON dbo.ModelLayer (ModelId);
