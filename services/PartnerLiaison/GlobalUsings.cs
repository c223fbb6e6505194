// The namespaces most of this project's files use, written once.
global using Microsoft.AspNetCore.Http.HttpResults;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.EntityFrameworkCore.Metadata.Builders;
global using PartnerLiaison.Http;
global using PartnerLiaison.Organisations;
global using PartnerLiaison.Persistence;
global using Platform.Contracts.Partners;
global using Platform.ServiceDefaults.Http;
global using Platform.ServiceDefaults.Messaging.Outbox;
global using Platform.ServiceDefaults.Validation;
