using Platform.AppHost;

var builder = DistributedApplication.CreateBuilder(args);

const int gatewayPort = 5080;
var gatewayAddress = $"http://localhost:{gatewayPort}/";
var repositoryRoot = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", ".."));
var dataDirectory = Directory.CreateDirectory(Path.Combine(repositoryRoot, ".data")).FullName;

// A broker of the operator's own in ConnectionStrings:rabbitmq (one node, or a cluster's nodes
// separated by commas) is handed to the services as it is; otherwise the AppHost runs one.
var brokerGiven = !string.IsNullOrWhiteSpace(builder.Configuration["ConnectionStrings:rabbitmq"]);
IResourceBuilder<IResourceWithConnectionString> rabbitmq =
    brokerGiven ? builder.AddConnectionString("rabbitmq")
    : await DockerEngine.AnswersAsync(TimeSpan.FromSeconds(3))
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

// The web application calls the platform's APIs through the gateway, as any client does.
var webapp = builder.AddBuiltWebProject<Projects.WebApp>("webapp")
    .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Development")
    .WithEnvironment("Gateway__Address", gatewayAddress)
    .WithHttpHealthCheck("/health/ready");

var gateway = builder.AddBuiltWebProject<Projects.Gateway>("gateway", gatewayPort)
    .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Development")
    .WithClusterDestination("basel", basel)
    .WithClusterDestination("rotterdam", rotterdam)
    .WithClusterDestination("stockholm", stockholm)
    .WithClusterDestination("partner-liaison", partnerLiaison)
    .WithClusterDestination("reporting", reporting)
    .WithClusterDestination("webapp", webapp)
    .WithHttpHealthCheck("/health/ready");

// --demo (or Platform:Demo=true): once the gateway and every service are healthy, load the demo data set through the gateway.
if (args.Contains("--demo") || (bool.TryParse(builder.Configuration["Platform:Demo"], out var demo) && demo))
{
    builder.AddBuiltProject<Projects.DemoData>("demo-data")
        .WithEnvironment("Gateway__Address", gateway.GetEndpoint("http"))
        .WaitFor(gateway)
        .WaitFor(basel)
        .WaitFor(rotterdam)
        .WaitFor(stockholm)
        .WaitFor(partnerLiaison)
        .WaitFor(reporting);
}

builder.Build().Run();

// Each service gets its own SQLite file under .data/ and waits for the broker the AppHost runs
// before starting (a given broker is taken to be running).
IResourceBuilder<ExecutableResource> AddService<TProject>(string name)
    where TProject : IProjectMetadata, new()
{
    var service = builder.AddBuiltWebProject<TProject>(name)
        .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Development")
        .WithEnvironment("ConnectionStrings__database", $"Data Source={Path.Combine(dataDirectory, $"{name}.db")}")
        .WithReference(rabbitmq)
        .WithHttpHealthCheck("/health/ready");
    return brokerGiven ? service : service.WaitFor(rabbitmq);
}
