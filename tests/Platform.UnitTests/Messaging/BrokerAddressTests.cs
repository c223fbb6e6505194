using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Messaging;

namespace Platform.UnitTests.Messaging;

public sealed class BrokerAddressTests
{
    private const string Setting = "ConnectionStrings:rabbitmq";

    [Fact]
    public void One_node_is_a_broker_of_its_own()
    {
        var address = BrokerAddress.Parse("amqp://platform:secret@rabbitmq:5672/platform", Setting);

        Assert.Equal([new BrokerNode("rabbitmq", 5672)], address.Nodes);
        Assert.False(address.IsCluster);
        Assert.Equal(new Uri("amqp://platform:secret@rabbitmq:5672/platform"), address.Primary);
    }

    [Fact]
    public void Several_nodes_share_the_credentials_and_virtual_host_in_the_order_given()
    {
        var address = BrokerAddress.Parse("amqp://platform:secret@node-b:5673,node-a:5672,node-c:5674/platform", Setting);

        Assert.True(address.IsCluster);
        Assert.Equal(
            [new BrokerNode("node-b", 5673), new BrokerNode("node-a", 5672), new BrokerNode("node-c", 5674)],
            address.Nodes);
        Assert.Equal(new Uri("amqp://platform:secret@node-b:5673/platform"), address.Primary);
        Assert.Equal(new Uri("amqp://platform:secret@node-c:5674/platform"), address.For(address.Nodes[2]));
    }

    [Theory]
    [InlineData("amqp://guest:guest@node-a,node-b/", 5672)]
    [InlineData("amqps://guest:guest@node-a,node-b/", 5671)]
    public void A_node_without_a_port_gets_the_schemes_port(string value, int port)
    {
        var address = BrokerAddress.Parse(value, Setting);

        Assert.Equal([new BrokerNode("node-a", port), new BrokerNode("node-b", port)], address.Nodes);
    }

    [Fact]
    public void An_address_without_a_path_means_the_default_virtual_host()
    {
        var address = BrokerAddress.Parse("amqp://guest:guest@127.0.0.1:40001,127.0.0.1:40002", Setting);

        Assert.Equal(new Uri("amqp://guest:guest@127.0.0.1:40002/"), address.For(address.Nodes[1]));
    }

    [Fact]
    public void A_password_with_reserved_characters_percent_encoded_survives()
    {
        var address = BrokerAddress.Parse("amqp://platform:p%40ss%2Cword@node-a:5672,node-b:5672/%2F", Setting);

        Assert.Equal("platform:p%40ss%2Cword", address.For(address.Nodes[1]).UserInfo);
        Assert.Equal("/%2F", address.Primary.AbsolutePath);
    }

    [Theory]
    [InlineData(null, "it is missing or empty")]
    [InlineData("  ", "it is missing or empty")]
    [InlineData("node-a:5672,node-b:5672", "it does not start with amqp:// or amqps://")]
    [InlineData("http://guest:guest@node-a:5672/", "it does not start with amqp:// or amqps://")]
    [InlineData("amqp://guest:guest@/vhost", "it names no host")]
    [InlineData("amqp://guest:guest@node-a:5672,,node-c:5672/", "its host list 'node-a:5672,,node-c:5672' has an empty entry")]
    [InlineData("amqp://guest:guest@node-a:5672,node-b:notaport/", "'node-b:notaport' is not a host or host:port")]
    [InlineData("amqp://guest:guest@node-a:99999/", "'node-a:99999' is not a host or host:port")]
    [InlineData("amqp://guest:guest@node-a:5672,node-a:5672/", "it names node-a:5672 twice")]
    public void A_malformed_address_is_refused_naming_the_setting_and_what_is_wrong(string? value, string reason)
    {
        var error = Assert.Throws<InvalidOperationException>(() => BrokerAddress.Parse(value, Setting));

        Assert.StartsWith($"{Setting} must name the RabbitMQ broker as amqp://user:password@host:5672/vhost", error.Message);
        Assert.EndsWith($"but {reason}.", error.Message);
    }

    [Fact]
    public void The_refusal_never_repeats_the_password()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => BrokerAddress.Parse("amqp://platform:hunter2@node-a:5672,,node-b/", Setting));

        Assert.DoesNotContain("hunter2", error.Message);
    }

    [Fact]
    public void A_service_with_a_malformed_broker_address_does_not_start_and_says_which_setting()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [Setting] = "amqp://guest:guest@node-a:5672;node-b:5672/",
        });
        builder.AddHostDefaults("basel");

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddServiceMessaging());

        Assert.Equal(
            $"{Setting} must name the RabbitMQ broker as amqp://user:password@host:5672/vhost, or for a cluster"
            + " amqp://user:password@node-a:5672,node-b:5672,node-c:5672/vhost, but 'node-a:5672;node-b:5672' is not a host or host:port.",
            error.Message);
    }
}
