using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Platform.IntegrationTests")]

// The platform benchmark starts the deployables the way these servers are started: a session each, ended by a watchdog.
[assembly: InternalsVisibleTo("Platform.Benchmarks")]
