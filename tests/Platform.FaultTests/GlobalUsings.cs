// The namespaces most of this project's files use, written once.
global using System.Diagnostics;
global using System.Globalization;
global using System.Net;
global using System.Text;
global using System.Text.Json;
global using Platform.FaultTests.Harness;
global using Platform.IntegrationTests.Hosting;
global using Platform.Testing;
global using Xunit;
