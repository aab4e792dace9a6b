using System.Net;
using System.Net.Sockets;

namespace WalkingDrum.Web.Tests.Email;

/// <summary>
/// Forwards every connection on a loopback port to a real SMTP server, so a test can let the app
/// find its SMTP server away (nothing listens yet) and then back (the relay starts on that port).
/// </summary>
internal sealed class SmtpRelay : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public SmtpRelay(int port, string targetHost, int targetPort)
    {
        _listener = new TcpListener(IPAddress.Loopback, port);
        _listener.Start();
        _accepting = AcceptAsync(targetHost, targetPort, _stop.Token);
    }

    /// <summary>A loopback port nobody listens on (free a moment ago).</summary>
    public static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private async Task AcceptAsync(string targetHost, int targetPort, CancellationToken cancellationToken)
    {
        var connections = new List<Task>();
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(cancellationToken);
                connections.Add(PipeAsync(client, targetHost, targetPort, cancellationToken));
            }
        }
        catch (OperationCanceledException)
        {
            await Task.WhenAll(connections).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private static async Task PipeAsync(TcpClient client, string targetHost, int targetPort, CancellationToken cancellationToken)
    {
        using (client)
        using (var server = new TcpClient())
        {
            await server.ConnectAsync(targetHost, targetPort, cancellationToken);
            var toServer = client.GetStream().CopyToAsync(server.GetStream(), cancellationToken);
            var toClient = server.GetStream().CopyToAsync(client.GetStream(), cancellationToken);
            // Either side hanging up (the server after QUIT) ends the conversation.
            await Task.WhenAny(toServer, toClient);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
