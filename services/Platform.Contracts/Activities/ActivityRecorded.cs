namespace Platform.Contracts.Activities;

/// <summary>A convention service recorded a new activity.</summary>
public sealed record ActivityRecorded
{
    public required ActivitySnapshot Activity { get; init; }
}
