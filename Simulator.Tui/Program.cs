System.Console.WriteLine("vaultsim");
