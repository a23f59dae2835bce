using CountryRelations.Api.Cli;

return await CountryRelationsCommandLine.RunAsync(args);
