namespace Gateway.Operations;

/// <summary>
/// A port of the gateway's own for <c>/ops/**</c> (setting <see cref="SettingName"/>), so that a
/// network rule, which sees ports and never paths, can keep operations to the operators' network.
/// When it is set, <c>/ops/**</c> answers only on that port and 404 on every other, and that port
/// serves nothing but <c>/ops/**</c> and the health probes. The decision rests on the port the
/// connection arrived on, never on the <c>Host</c> header, which any client chooses. Unset, every
/// port serves everything, as before. The gateway must also listen on the port
/// (<c>ASPNETCORE_HTTP_PORTS=8080;8081</c>).
/// </summary>
public static class OperationsPort
{
    public const string SettingName = "Gateway:OperationsPort";

    private static readonly PathString Operations = "/ops";
    private static readonly PathString Health = "/health";

    public static int? Read(IConfiguration configuration) =>
        configuration[SettingName] is { Length: > 0 } text
            ? int.TryParse(text.Trim(), out var port) && port is > 0 and <= 65535
                ? port
                : throw new InvalidOperationException($"{SettingName} must be a TCP port number; '{text}' is not.")
            : null;

    public static WebApplication UseOperationsPort(this WebApplication app)
    {
        if (Read(app.Configuration) is not { } port)
        {
            return app;
        }

        app.Use(async (context, next) =>
        {
            if (IsServed(context.Request.Path, onOperationsPort: context.Connection.LocalPort == port))
            {
                await next(context);
                return;
            }

            await TypedResults.Problem("No service answers this path.", statusCode: StatusCodes.Status404NotFound, title: "Not found")
                .ExecuteAsync(context);
        });
        return app;
    }

    /// <summary>Operations on the operations port alone; on that port, nothing else but the health probes.</summary>
    private static bool IsServed(PathString path, bool onOperationsPort) =>
        path.StartsWithSegments(Operations) ? onOperationsPort : !onOperationsPort || path.StartsWithSegments(Health);
}
