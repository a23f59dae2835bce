using System.CommandLine;
using CountryRelations.Api.Hosting;
using CountryRelations.Integrity;

namespace CountryRelations.Api.Cli;

/// <summary><c>rotate-checkpoint-key</c>: retires the checkpoint signing key and makes a new one; old checkpoints keep verifying by their key id.</summary>
public static class CheckpointKeyCommand
{
    public static Command Command(string[] overrides) =>
        CountryRelationsCommandLine.Verb("rotate-checkpoint-key",
            $"Retire the checkpoint signing key (Integrity:CheckpointKeyFile; its public half kept in {CheckpointSigner.RetiredFolder}/ beside it) and create a new one. " +
            "Give every instance the new key file and that folder, then restart them.",
            (_, _) =>
            {
                var path = StoreServices.CheckpointKeyPath(ConfigurationOverrides.Builder(overrides).Configuration);
                if (!File.Exists(path))
                {
                    Console.Error.WriteLine($"No checkpoint key at {path}: nothing to rotate (one is created when the server first writes).");
                    return Task.FromResult(ExitCodes.CannotStart);
                }

                var (retired, current) = CheckpointSigner.Rotate(path);
                Console.WriteLine($"Retired checkpoint key {retired} (its public half kept for verification); new key {current} in {path}.");
                return Task.FromResult(ExitCodes.Success);
            });
}
