namespace WebApp;

/// <summary>Names this deployable's assembly, for hosts that start it (tests, tooling).</summary>
public sealed class WebAppService;
