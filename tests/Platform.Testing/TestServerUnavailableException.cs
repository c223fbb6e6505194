namespace Platform.Testing;

/// <summary>
/// No server of the requested kind could be provided: no environment variable points at one, it is not installed
/// locally (or could not be started), and no Docker engine answers. The message says how to get one.
/// </summary>
public sealed class TestServerUnavailableException : Exception
{
    public TestServerUnavailableException()
    {
    }

    public TestServerUnavailableException(string message)
        : base(message)
    {
    }

    public TestServerUnavailableException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
