using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Platform.IntegrationTests")]

// The platform benchmark starts the deployables the way these servers are started: a session each, ended by a watchdog.
[assembly: InternalsVisibleTo("Platform.Benchmarks")]

// The fault suite starts the platform as the benchmark does, and breaks it as no other test does.
[assembly: InternalsVisibleTo("Platform.FaultTests")]
