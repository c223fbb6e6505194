using System.Net.Sockets;

namespace Platform.FaultTests.Harness;

/// <summary>
/// A TCP proxy of the suite's own on loopback, between one service and the broker: it passes every
/// byte on unchanged until told otherwise. It can add latency to each chunk in each direction, reset
/// connections (RST, as a dropped route or a restarted load balancer does), and hold back what the
/// broker sends (its confirms, among others) while letting the service's publishes through.
/// </summary>
internal sealed class BrokerProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _upstreamPort;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly List<Pair> _pairs = [];
    private readonly Task _accepting;
    private volatile bool _holdFromBroker;
    private volatile bool _holdToBroker;
    private long _latencyTicks;
    private int _accepted;
    private int _resets;

    public BrokerProxy(int upstreamPort)
    {
        _upstreamPort = upstreamPort;
        _listener.Start();
        _accepting = AcceptAsync(_stop.Token);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Added to every chunk, each way, before it is passed on.</summary>
    public TimeSpan Latency
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _latencyTicks));
        set => Interlocked.Exchange(ref _latencyTicks, value.Ticks);
    }

    /// <summary>While set, nothing the broker sends is passed on (it waits in the proxy's socket); the service's bytes still go through.</summary>
    public bool HoldFromBroker
    {
        get => _holdFromBroker;
        set => _holdFromBroker = value;
    }

    /// <summary>While set, nothing the service sends is passed on to the broker (it waits in the proxy's socket).</summary>
    public bool HoldToBroker
    {
        get => _holdToBroker;
        set => _holdToBroker = value;
    }

    /// <summary>Connections accepted so far.</summary>
    public int Accepted => Volatile.Read(ref _accepted);

    /// <summary>Connections reset so far.</summary>
    public int Resets => Volatile.Read(ref _resets);

    /// <summary>Connections open now.</summary>
    public int Open
    {
        get
        {
            lock (_gate)
            {
                return _pairs.Count;
            }
        }
    }

    /// <summary>The amqp URI of <paramref name="broker"/> with this proxy's port in place of the broker's.</summary>
    public string ConnectionString(string broker) => new UriBuilder(broker) { Port = Port }.Uri.AbsoluteUri;

    /// <summary>Passes everything on again, at once: no latency, nothing held.</summary>
    public void Heal()
    {
        Latency = TimeSpan.Zero;
        HoldFromBroker = false;
        HoldToBroker = false;
    }

    /// <summary>Resets one open connection, chosen by <paramref name="random"/>; false when none is open.</summary>
    public bool ResetOne(Random random)
    {
        Pair pair;
        lock (_gate)
        {
            if (_pairs.Count == 0)
            {
                return false;
            }

            pair = _pairs[random.Next(_pairs.Count)];
        }

        pair.Reset();
        Interlocked.Increment(ref _resets);
        return true;
    }

    /// <summary>Resets every open connection.</summary>
    public void ResetAll()
    {
        List<Pair> open;
        lock (_gate)
        {
            open = [.. _pairs];
        }

        foreach (var pair in open)
        {
            pair.Reset();
            Interlocked.Increment(ref _resets);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        ResetAll();
        await _accepting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private async Task AcceptAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            catch (SocketException)
            {
                // A connection reset while it waited to be accepted: the next one is taken as usual.
                continue;
            }

            Interlocked.Increment(ref _accepted);
            _ = Task.Run(() => ServeAsync(client, cancellationToken), CancellationToken.None);
        }
    }

    private async Task ServeAsync(Socket client, CancellationToken cancellationToken)
    {
        var broker = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        client.NoDelay = true;
        try
        {
            using var connecting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            connecting.CancelAfter(TimeSpan.FromSeconds(5));
            await broker.ConnectAsync(IPAddress.Loopback, _upstreamPort, connecting.Token);
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException)
        {
            // The broker is down: the service sees its connection refused, as it would without the proxy.
            Pair.Abort(client);
            broker.Dispose();
            return;
        }

        var pair = new Pair(client, broker);
        lock (_gate)
        {
            _pairs.Add(pair);
        }

        try
        {
            await Task.WhenAny(
                PumpAsync(client, broker, fromBroker: false, cancellationToken),
                PumpAsync(broker, client, fromBroker: true, cancellationToken));
        }
        finally
        {
            pair.Close();
            lock (_gate)
            {
                _pairs.Remove(pair);
            }
        }
    }

    private async Task PumpAsync(Socket from, Socket to, bool fromBroker, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                while (Held(fromBroker))
                {
                    await Task.Delay(20, cancellationToken);
                }

                var read = await from.ReceiveAsync(buffer, SocketFlags.None, cancellationToken);
                if (read == 0)
                {
                    return;
                }

                if (Latency > TimeSpan.Zero)
                {
                    await Task.Delay(Latency, cancellationToken);
                }

                while (Held(fromBroker))
                {
                    await Task.Delay(20, cancellationToken);
                }

                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // One side went away or was reset: the pair closes.
        }
    }

    private bool Held(bool fromBroker) => fromBroker ? _holdFromBroker : _holdToBroker;

    private sealed class Pair(Socket client, Socket broker)
    {
        private int _closed;

        /// <summary>Both sides get an RST rather than an orderly close.</summary>
        public void Reset()
        {
            if (Interlocked.Exchange(ref _closed, 1) == 0)
            {
                Abort(client);
                Abort(broker);
            }
        }

        public void Close()
        {
            if (Interlocked.Exchange(ref _closed, 1) == 0)
            {
                client.Dispose();
                broker.Dispose();
            }
        }

        public static void Abort(Socket socket)
        {
            try
            {
                socket.LingerState = new LingerOption(true, 0);
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
            {
                // Already closed.
            }

            socket.Dispose();
        }
    }
}
