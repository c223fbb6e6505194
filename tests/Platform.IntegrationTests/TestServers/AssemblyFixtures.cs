// One broker and one PostgreSQL server for the whole assembly. Tests take SharedRabbitMq / SharedPostgres as
// constructor parameters; declare these fixtures here only, not again elsewhere in the assembly.
[assembly: AssemblyFixture(typeof(SharedRabbitMq))]
[assembly: AssemblyFixture(typeof(SharedPostgres))]
