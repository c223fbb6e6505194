// The namespaces most of this project's files use, written once.
global using System.Net;
global using System.Net.Http.Json;
global using System.Text;
global using System.Text.Json;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
global using Platform.Conventions.Persistence;
global using Platform.IntegrationTests.Hosting;
global using Platform.Testing;
global using Reporting.Persistence;
global using Xunit;
