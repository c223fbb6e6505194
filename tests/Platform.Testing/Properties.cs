using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Platform.IntegrationTests")]
