// The namespaces most of this project's files use, written once.
global using System.Globalization;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.EntityFrameworkCore.Metadata.Builders;
global using Platform.Contracts.Partners;
global using Platform.ServiceDefaults.Http;
global using Platform.ServiceDefaults.Persistence;
global using Reporting.Persistence;
global using Reporting.Reports.Model;
