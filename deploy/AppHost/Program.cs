using Platform.AppHost;

var builder = DistributedApplication.CreateBuilder(args);

var repositoryRoot = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", ".."));
var dataDirectory = Directory.CreateDirectory(Path.Combine(repositoryRoot, ".data")).FullName;

IResourceBuilder<IResourceWithConnectionString> rabbitmq =
    await DockerEngine.AnswersAsync(TimeSpan.FromSeconds(3))
        ? builder.AddRabbitMQ("rabbitmq", port: 5672).WithManagementPlugin(port: 15672).WithDataVolume()
        : builder.AddLocalRabbitMQ("rabbitmq", Path.Combine(dataDirectory, "rabbitmq"));

var basel = AddService<Projects.Basel>("basel");
var rotterdam = AddService<Projects.Rotterdam>("rotterdam");
var stockholm = AddService<Projects.Stockholm>("stockholm");
var partnerLiaison = AddService<Projects.PartnerLiaison>("partner-liaison");
var reporting = AddService<Projects.Reporting>("reporting")
    .WithReportSource("basel", basel)
    .WithReportSource("rotterdam", rotterdam)
    .WithReportSource("stockholm", stockholm)
    .WithReportSource("partner-liaison", partnerLiaison);

var gateway = builder.AddProject<Projects.Gateway>("gateway", launchProfileName: null)
    .WithHttpEndpoint(port: 5080)
    .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Development")
    .WithClusterDestination("basel", basel)
    .WithClusterDestination("rotterdam", rotterdam)
    .WithClusterDestination("stockholm", stockholm)
    .WithClusterDestination("partner-liaison", partnerLiaison)
    .WithClusterDestination("reporting", reporting)
    .WithHttpHealthCheck("/health/ready");

// --demo (or Platform:Demo=true): once the gateway is healthy, load the demo data set through it.
if (args.Contains("--demo") || (bool.TryParse(builder.Configuration["Platform:Demo"], out var demo) && demo))
{
    builder.AddProject<Projects.DemoData>("demo-data", launchProfileName: null)
        .WithEnvironment("Gateway__Address", gateway.GetEndpoint("http"))
        .WaitFor(gateway);
}

builder.Build().Run();

// Each service gets its own SQLite file under .data/ and waits for the broker before starting.
IResourceBuilder<ProjectResource> AddService<TProject>(string name)
    where TProject : IProjectMetadata, new() =>
    builder.AddProject<TProject>(name, launchProfileName: null)
        .WithHttpEndpoint()
        .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Development")
        .WithEnvironment("ConnectionStrings__database", $"Data Source={Path.Combine(dataDirectory, $"{name}.db")}")
        .WithReference(rabbitmq)
        .WaitFor(rabbitmq)
        .WithHttpHealthCheck("/health/ready");
