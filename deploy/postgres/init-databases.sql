-- Runs once, when the PostgreSQL container starts on an empty data volume.
-- One database per service: no service reads another's data.
CREATE DATABASE basel;
CREATE DATABASE rotterdam;
CREATE DATABASE stockholm;
CREATE DATABASE partner_liaison;
CREATE DATABASE reporting;
