// The namespaces most of this project's files use, written once.
global using System.Text.RegularExpressions;
global using Microsoft.AspNetCore.Builder;
global using Microsoft.AspNetCore.Http;
global using Microsoft.AspNetCore.Http.HttpResults;
global using Microsoft.AspNetCore.Routing;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.EntityFrameworkCore.Metadata.Builders;
global using Platform.Conventions.Activities;
global using Platform.Conventions.JointActivities;
global using Platform.Conventions.Persistence;
global using Platform.ServiceDefaults.Http;
global using Platform.ServiceDefaults.Messaging.Outbox;
global using Platform.ServiceDefaults.Validation;
