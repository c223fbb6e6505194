namespace Platform.Conventions.Activities;

public enum ActivityType
{
    Meeting,
    CapacityBuilding,
    TechnicalAssistance,
    InformationExchange,
    MethodologyDevelopment,
    JointProject,
    Coordination,
}

public enum ActivityStatus
{
    Planned,
    Ongoing,
    Completed,
    Cancelled,
}
