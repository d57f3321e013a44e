package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_3;
import static dev.arca.kmip.KmipVersion.V1_4;
import static dev.arca.kmip.KmipVersion.V2_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.3 §9.1.3.2.42, KMIP 2.1 §11.41 Profile Name Enumeration. */
public enum ProfileName implements KmipEnum {
  // Removed in KMIP 2.0.
  BASELINE_SERVER_BASIC_KMIP_V1_2(
      0x00000001, "Baseline Server Basic KMIP v1.2", "BaselineServerBasicKMIPV1_2", V1_3),
  BASELINE_SERVER_TLS_V1_2_KMIP_V1_2(
      0x00000002, "Baseline Server TLS v1.2 KMIP v1.2", "BaselineServerTLSV1_2KMIPV1_2", V1_3),
  BASELINE_CLIENT_BASIC_KMIP_V1_2(
      0x00000003, "Baseline Client Basic KMIP v1.2", "BaselineClientBasicKMIPV1_2", V1_3),
  BASELINE_CLIENT_TLS_V1_2_KMIP_V1_2(
      0x00000004, "Baseline Client TLS v1.2 KMIP v1.2", "BaselineClientTLSV1_2KMIPV1_2", V1_3),
  COMPLETE_SERVER_BASIC_KMIP_V1_2(
      0x00000005, "Complete Server Basic KMIP v1.2", "CompleteServerBasicKMIPV1_2", V1_3),
  COMPLETE_SERVER_TLS_V1_2_KMIP_V1_2(
      0x00000006, "Complete Server TLS v1.2 KMIP v1.2", "CompleteServerTLSV1_2KMIPV1_2", V1_3),
  TAPE_LIBRARY_CLIENT_KMIP_V1_0(
      0x00000007, "Tape Library Client KMIP v1.0", "TapeLibraryClientKMIPV1_0", V1_3),
  TAPE_LIBRARY_CLIENT_KMIP_V1_1(
      0x00000008, "Tape Library Client KMIP v1.1", "TapeLibraryClientKMIPV1_1", V1_3),
  TAPE_LIBRARY_CLIENT_KMIP_V1_2(
      0x00000009, "Tape Library Client KMIP v1.2", "TapeLibraryClientKMIPV1_2", V1_3),
  TAPE_LIBRARY_SERVER_KMIP_V1_0(
      0x0000000A, "Tape Library Server KMIP v1.0", "TapeLibraryServerKMIPV1_0", V1_3),
  TAPE_LIBRARY_SERVER_KMIP_V1_1(
      0x0000000B, "Tape Library Server KMIP v1.1", "TapeLibraryServerKMIPV1_1", V1_3),
  TAPE_LIBRARY_SERVER_KMIP_V1_2(
      0x0000000C, "Tape Library Server KMIP v1.2", "TapeLibraryServerKMIPV1_2", V1_3),
  SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_0(
      0x0000000D,
      "Symmetric Key Lifecycle Client KMIP v1.0",
      "SymmetricKeyLifecycleClientKMIPV1_0",
      V1_3),
  SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_1(
      0x0000000E,
      "Symmetric Key Lifecycle Client KMIP v1.1",
      "SymmetricKeyLifecycleClientKMIPV1_1",
      V1_3),
  SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_2(
      0x0000000F,
      "Symmetric Key Lifecycle Client KMIP v1.2",
      "SymmetricKeyLifecycleClientKMIPV1_2",
      V1_3),
  SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_0(
      0x00000010,
      "Symmetric Key Lifecycle Server KMIP v1.0",
      "SymmetricKeyLifecycleServerKMIPV1_0",
      V1_3),
  SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_1(
      0x00000011,
      "Symmetric Key Lifecycle Server KMIP v1.1",
      "SymmetricKeyLifecycleServerKMIPV1_1",
      V1_3),
  SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_2(
      0x00000012,
      "Symmetric Key Lifecycle Server KMIP v1.2",
      "SymmetricKeyLifecycleServerKMIPV1_2",
      V1_3),
  ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_0(
      0x00000013,
      "Asymmetric Key Lifecycle Client KMIP v1.0",
      "AsymmetricKeyLifecycleClientKMIPV1_0",
      V1_3),
  ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_1(
      0x00000014,
      "Asymmetric Key Lifecycle Client KMIP v1.1",
      "AsymmetricKeyLifecycleClientKMIPV1_1",
      V1_3),
  ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_2(
      0x00000015,
      "Asymmetric Key Lifecycle Client KMIP v1.2",
      "AsymmetricKeyLifecycleClientKMIPV1_2",
      V1_3),
  ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_0(
      0x00000016,
      "Asymmetric Key Lifecycle Server KMIP v1.0",
      "AsymmetricKeyLifecycleServerKMIPV1_0",
      V1_3),
  ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_1(
      0x00000017,
      "Asymmetric Key Lifecycle Server KMIP v1.1",
      "AsymmetricKeyLifecycleServerKMIPV1_1",
      V1_3),
  ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_2(
      0x00000018,
      "Asymmetric Key Lifecycle Server KMIP v1.2",
      "AsymmetricKeyLifecycleServerKMIPV1_2",
      V1_3),
  BASIC_CRYPTOGRAPHIC_CLIENT_KMIP_V1_2(
      0x00000019, "Basic Cryptographic Client KMIP v1.2", "BasicCryptographicClientKMIPV1_2", V1_3),
  BASIC_CRYPTOGRAPHIC_SERVER_KMIP_V1_2(
      0x0000001A, "Basic Cryptographic Server KMIP v1.2", "BasicCryptographicServerKMIPV1_2", V1_3),
  ADVANCED_CRYPTOGRAPHIC_CLIENT_KMIP_V1_2(
      0x0000001B,
      "Advanced Cryptographic Client KMIP v1.2",
      "AdvancedCryptographicClientKMIPV1_2",
      V1_3),
  ADVANCED_CRYPTOGRAPHIC_SERVER_KMIP_V1_2(
      0x0000001C,
      "Advanced Cryptographic Server KMIP v1.2",
      "AdvancedCryptographicServerKMIPV1_2",
      V1_3),
  RNG_CRYPTOGRAPHIC_CLIENT_KMIP_V1_2(
      0x0000001D, "RNG Cryptographic Client KMIP v1.2", "RNGCryptographicClientKMIPV1_2", V1_3),
  RNG_CRYPTOGRAPHIC_SERVER_KMIP_V1_2(
      0x0000001E, "RNG Cryptographic Server KMIP v1.2", "RNGCryptographicServerKMIPV1_2", V1_3),
  BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_0(
      0x0000001F,
      "Basic Symmetric Key Foundry Client KMIP v1.0",
      "BasicSymmetricKeyFoundryClientKMIPV1_0",
      V1_3),
  INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_0(
      0x00000020,
      "Intermediate Symmetric Key Foundry Client KMIP v1.0",
      "IntermediateSymmetricKeyFoundryClientKMIPV1_0",
      V1_3),
  ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_0(
      0x00000021,
      "Advanced Symmetric Key Foundry Client KMIP v1.0",
      "AdvancedSymmetricKeyFoundryClientKMIPV1_0",
      V1_3),
  BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_1(
      0x00000022,
      "Basic Symmetric Key Foundry Client KMIP v1.1",
      "BasicSymmetricKeyFoundryClientKMIPV1_1",
      V1_3),
  INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_1(
      0x00000023,
      "Intermediate Symmetric Key Foundry Client KMIP v1.1",
      "IntermediateSymmetricKeyFoundryClientKMIPV1_1",
      V1_3),
  ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_1(
      0x00000024,
      "Advanced Symmetric Key Foundry Client KMIP v1.1",
      "AdvancedSymmetricKeyFoundryClientKMIPV1_1",
      V1_3),
  BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_2(
      0x00000025,
      "Basic Symmetric Key Foundry Client KMIP v1.2",
      "BasicSymmetricKeyFoundryClientKMIPV1_2",
      V1_3),
  INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_2(
      0x00000026,
      "Intermediate Symmetric Key Foundry Client KMIP v1.2",
      "IntermediateSymmetricKeyFoundryClientKMIPV1_2",
      V1_3),
  ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_2(
      0x00000027,
      "Advanced Symmetric Key Foundry Client KMIP v1.2",
      "AdvancedSymmetricKeyFoundryClientKMIPV1_2",
      V1_3),
  SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_0(
      0x00000028,
      "Symmetric Key Foundry Server KMIP v1.0",
      "SymmetricKeyFoundryServerKMIPV1_0",
      V1_3),
  SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_1(
      0x00000029,
      "Symmetric Key Foundry Server KMIP v1.1",
      "SymmetricKeyFoundryServerKMIPV1_1",
      V1_3),
  SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_2(
      0x0000002A,
      "Symmetric Key Foundry Server KMIP v1.2",
      "SymmetricKeyFoundryServerKMIPV1_2",
      V1_3),
  OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_0(
      0x0000002B,
      "Opaque Managed Object Store Client KMIP v1.0",
      "OpaqueManagedObjectStoreClientKMIPV1_0",
      V1_3),
  OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_1(
      0x0000002C,
      "Opaque Managed Object Store Client KMIP v1.1",
      "OpaqueManagedObjectStoreClientKMIPV1_1",
      V1_3),
  OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_2(
      0x0000002D,
      "Opaque Managed Object Store Client KMIP v1.2",
      "OpaqueManagedObjectStoreClientKMIPV1_2",
      V1_3),
  OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_0(
      0x0000002E,
      "Opaque Managed Object Store Server KMIP v1.0",
      "OpaqueManagedObjectStoreServerKMIPV1_0",
      V1_3),
  OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_1(
      0x0000002F,
      "Opaque Managed Object Store Server KMIP v1.1",
      "OpaqueManagedObjectStoreServerKMIPV1_1",
      V1_3),
  OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_2(
      0x00000030,
      "Opaque Managed Object Store Server KMIP v1.2",
      "OpaqueManagedObjectStoreServerKMIPV1_2",
      V1_3),
  SUITE_B_MIN_LOS_128_CLIENT_KMIP_V1_0(
      0x00000031, "Suite B minLOS_128 Client KMIP v1.0", "SuiteBMinLOS_128ClientKMIPV1_0", V1_3),
  SUITE_B_MIN_LOS_128_CLIENT_KMIP_V1_1(
      0x00000032, "Suite B minLOS_128 Client KMIP v1.1", "SuiteBMinLOS_128ClientKMIPV1_1", V1_3),
  SUITE_B_MIN_LOS_128_CLIENT_KMIP_V1_2(
      0x00000033, "Suite B minLOS_128 Client KMIP v1.2", "SuiteBMinLOS_128ClientKMIPV1_2", V1_3),
  SUITE_B_MIN_LOS_128_SERVER_KMIP_V1_0(
      0x00000034, "Suite B minLOS_128 Server KMIP v1.0", "SuiteBMinLOS_128ServerKMIPV1_0", V1_3),
  SUITE_B_MIN_LOS_128_SERVER_KMIP_V1_1(
      0x00000035, "Suite B minLOS_128 Server KMIP v1.1", "SuiteBMinLOS_128ServerKMIPV1_1", V1_3),
  SUITE_B_MIN_LOS_128_SERVER_KMIP_V1_2(
      0x00000036, "Suite B minLOS_128 Server KMIP v1.2", "SuiteBMinLOS_128ServerKMIPV1_2", V1_3),
  SUITE_B_MIN_LOS_192_CLIENT_KMIP_V1_0(
      0x00000037, "Suite B minLOS_192 Client KMIP v1.0", "SuiteBMinLOS_192ClientKMIPV1_0", V1_3),
  SUITE_B_MIN_LOS_192_CLIENT_KMIP_V1_1(
      0x00000038, "Suite B minLOS_192 Client KMIP v1.1", "SuiteBMinLOS_192ClientKMIPV1_1", V1_3),
  SUITE_B_MIN_LOS_192_CLIENT_KMIP_V1_2(
      0x00000039, "Suite B minLOS_192 Client KMIP v1.2", "SuiteBMinLOS_192ClientKMIPV1_2", V1_3),
  SUITE_B_MIN_LOS_192_SERVER_KMIP_V1_0(
      0x0000003A, "Suite B minLOS_192 Server KMIP v1.0", "SuiteBMinLOS_192ServerKMIPV1_0", V1_3),
  SUITE_B_MIN_LOS_192_SERVER_KMIP_V1_1(
      0x0000003B, "Suite B minLOS_192 Server KMIP v1.1", "SuiteBMinLOS_192ServerKMIPV1_1", V1_3),
  SUITE_B_MIN_LOS_192_SERVER_KMIP_V1_2(
      0x0000003C, "Suite B minLOS_192 Server KMIP v1.2", "SuiteBMinLOS_192ServerKMIPV1_2", V1_3),
  STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_0(
      0x0000003D,
      "Storage Array with Self Encrypting Drive Client KMIP v1.0",
      "StorageArrayWithSelfEncryptingDriveClientKMIPV1_0",
      V1_3),
  STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_1(
      0x0000003E,
      "Storage Array with Self Encrypting Drive Client KMIP v1.1",
      "StorageArrayWithSelfEncryptingDriveClientKMIPV1_1",
      V1_3),
  STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_2(
      0x0000003F,
      "Storage Array with Self Encrypting Drive Client KMIP v1.2",
      "StorageArrayWithSelfEncryptingDriveClientKMIPV1_2",
      V1_3),
  STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_0(
      0x00000040,
      "Storage Array with Self Encrypting Drive Server KMIP v1.0",
      "StorageArrayWithSelfEncryptingDriveServerKMIPV1_0",
      V1_3),
  STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_1(
      0x00000041,
      "Storage Array with Self Encrypting Drive Server KMIP v1.1",
      "StorageArrayWithSelfEncryptingDriveServerKMIPV1_1",
      V1_3),
  STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_2(
      0x00000042,
      "Storage Array with Self Encrypting Drive Server KMIP v1.2",
      "StorageArrayWithSelfEncryptingDriveServerKMIPV1_2",
      V1_3),
  HTTPS_CLIENT_KMIP_V1_0(0x00000043, "HTTPS Client KMIP v1.0", "HTTPSClientKMIPV1_0", V1_3),
  HTTPS_CLIENT_KMIP_V1_1(0x00000044, "HTTPS Client KMIP v1.1", "HTTPSClientKMIPV1_1", V1_3),
  HTTPS_CLIENT_KMIP_V1_2(0x00000045, "HTTPS Client KMIP v1.2", "HTTPSClientKMIPV1_2", V1_3),
  HTTPS_SERVER_KMIP_V1_0(0x00000046, "HTTPS Server KMIP v1.0", "HTTPSServerKMIPV1_0", V1_3),
  HTTPS_SERVER_KMIP_V1_1(0x00000047, "HTTPS Server KMIP v1.1", "HTTPSServerKMIPV1_1", V1_3),
  HTTPS_SERVER_KMIP_V1_2(0x00000048, "HTTPS Server KMIP v1.2", "HTTPSServerKMIPV1_2", V1_3),
  JSON_CLIENT_KMIP_V1_0(0x00000049, "JSON Client KMIP v1.0", "JSONClientKMIPV1_0", V1_3),
  JSON_CLIENT_KMIP_V1_1(0x0000004A, "JSON Client KMIP v1.1", "JSONClientKMIPV1_1", V1_3),
  JSON_CLIENT_KMIP_V1_2(0x0000004B, "JSON Client KMIP v1.2", "JSONClientKMIPV1_2", V1_3),
  JSON_SERVER_KMIP_V1_0(0x0000004C, "JSON Server KMIP v1.0", "JSONServerKMIPV1_0", V1_3),
  JSON_SERVER_KMIP_V1_1(0x0000004D, "JSON Server KMIP v1.1", "JSONServerKMIPV1_1", V1_3),
  JSON_SERVER_KMIP_V1_2(0x0000004E, "JSON Server KMIP v1.2", "JSONServerKMIPV1_2", V1_3),
  XML_CLIENT_KMIP_V1_0(0x0000004F, "XML Client KMIP v1.0", "XMLClientKMIPV1_0", V1_3),
  XML_CLIENT_KMIP_V1_1(0x00000050, "XML Client KMIP v1.1", "XMLClientKMIPV1_1", V1_3),
  XML_CLIENT_KMIP_V1_2(0x00000051, "XML Client KMIP v1.2", "XMLClientKMIPV1_2", V1_3),
  XML_SERVER_KMIP_V1_0(0x00000052, "XML Server KMIP v1.0", "XMLServerKMIPV1_0", V1_3),
  XML_SERVER_KMIP_V1_1(0x00000053, "XML Server KMIP v1.1", "XMLServerKMIPV1_1", V1_3),
  XML_SERVER_KMIP_V1_2(0x00000054, "XML Server KMIP v1.2", "XMLServerKMIPV1_2", V1_3),
  BASELINE_SERVER_BASIC_KMIP_V1_3(
      0x00000055, "Baseline Server Basic KMIP v1.3", "BaselineServerBasicKMIPV1_3", V1_3),
  BASELINE_SERVER_TLS_V1_2_KMIP_V1_3(
      0x00000056, "Baseline Server TLS v1.2 KMIP v1.3", "BaselineServerTLSV1_2KMIPV1_3", V1_3),
  BASELINE_CLIENT_BASIC_KMIP_V1_3(
      0x00000057, "Baseline Client Basic KMIP v1.3", "BaselineClientBasicKMIPV1_3", V1_3),
  BASELINE_CLIENT_TLS_V1_2_KMIP_V1_3(
      0x00000058, "Baseline Client TLS v1.2 KMIP v1.3", "BaselineClientTLSV1_2KMIPV1_3", V1_3),
  COMPLETE_SERVER_BASIC_KMIP_V1_3(
      0x00000059, "Complete Server Basic KMIP v1.3", "CompleteServerBasicKMIPV1_3", V1_3),
  COMPLETE_SERVER_TLS_V1_2_KMIP_V1_3(
      0x0000005A, "Complete Server TLS v1.2 KMIP v1.3", "CompleteServerTLSV1_2KMIPV1_3", V1_3),
  TAPE_LIBRARY_CLIENT_KMIP_V1_3(
      0x0000005B, "Tape Library Client KMIP v1.3", "TapeLibraryClientKMIPV1_3", V1_3),
  TAPE_LIBRARY_SERVER_KMIP_V1_3(
      0x0000005C, "Tape Library Server KMIP v1.3", "TapeLibraryServerKMIPV1_3", V1_3),
  SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_3(
      0x0000005D,
      "Symmetric Key Lifecycle Client KMIP v1.3",
      "SymmetricKeyLifecycleClientKMIPV1_3",
      V1_3),
  SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_3(
      0x0000005E,
      "Symmetric Key Lifecycle Server KMIP v1.3",
      "SymmetricKeyLifecycleServerKMIPV1_3",
      V1_3),
  ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_3(
      0x0000005F,
      "Asymmetric Key Lifecycle Client KMIP v1.3",
      "AsymmetricKeyLifecycleClientKMIPV1_3",
      V1_3),
  ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_3(
      0x00000060,
      "Asymmetric Key Lifecycle Server KMIP v1.3",
      "AsymmetricKeyLifecycleServerKMIPV1_3",
      V1_3),
  BASIC_CRYPTOGRAPHIC_CLIENT_KMIP_V1_3(
      0x00000061, "Basic Cryptographic Client KMIP v1.3", "BasicCryptographicClientKMIPV1_3", V1_3),
  BASIC_CRYPTOGRAPHIC_SERVER_KMIP_V1_3(
      0x00000062, "Basic Cryptographic Server KMIP v1.3", "BasicCryptographicServerKMIPV1_3", V1_3),
  ADVANCED_CRYPTOGRAPHIC_CLIENT_KMIP_V1_3(
      0x00000063,
      "Advanced Cryptographic Client KMIP v1.3",
      "AdvancedCryptographicClientKMIPV1_3",
      V1_3),
  ADVANCED_CRYPTOGRAPHIC_SERVER_KMIP_V1_3(
      0x00000064,
      "Advanced Cryptographic Server KMIP v1.3",
      "AdvancedCryptographicServerKMIPV1_3",
      V1_3),
  RNG_CRYPTOGRAPHIC_CLIENT_KMIP_V1_3(
      0x00000065, "RNG Cryptographic Client KMIP v1.3", "RNGCryptographicClientKMIPV1_3", V1_3),
  RNG_CRYPTOGRAPHIC_SERVER_KMIP_V1_3(
      0x00000066, "RNG Cryptographic Server KMIP v1.3", "RNGCryptographicServerKMIPV1_3", V1_3),
  BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_3(
      0x00000067,
      "Basic Symmetric Key Foundry Client KMIP v1.3",
      "BasicSymmetricKeyFoundryClientKMIPV1_3",
      V1_3),
  INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_3(
      0x00000068,
      "Intermediate Symmetric Key Foundry Client KMIP v1.3",
      "IntermediateSymmetricKeyFoundryClientKMIPV1_3",
      V1_3),
  ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_3(
      0x00000069,
      "Advanced Symmetric Key Foundry Client KMIP v1.3",
      "AdvancedSymmetricKeyFoundryClientKMIPV1_3",
      V1_3),
  SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_3(
      0x0000006A,
      "Symmetric Key Foundry Server KMIP v1.3",
      "SymmetricKeyFoundryServerKMIPV1_3",
      V1_3),
  OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_3(
      0x0000006B,
      "Opaque Managed Object Store Client KMIP v1.3",
      "OpaqueManagedObjectStoreClientKMIPV1_3",
      V1_3),
  OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_3(
      0x0000006C,
      "Opaque Managed Object Store Server KMIP v1.3",
      "OpaqueManagedObjectStoreServerKMIPV1_3",
      V1_3),
  SUITE_B_MIN_LOS_128_CLIENT_KMIP_V1_3(
      0x0000006D, "Suite B minLOS_128 Client KMIP v1.3", "SuiteBMinLOS_128ClientKMIPV1_3", V1_3),
  SUITE_B_MIN_LOS_128_SERVER_KMIP_V1_3(
      0x0000006E, "Suite B minLOS_128 Server KMIP v1.3", "SuiteBMinLOS_128ServerKMIPV1_3", V1_3),
  SUITE_B_MIN_LOS_192_CLIENT_KMIP_V1_3(
      0x0000006F, "Suite B minLOS_192 Client KMIP v1.3", "SuiteBMinLOS_192ClientKMIPV1_3", V1_3),
  SUITE_B_MIN_LOS_192_SERVER_KMIP_V1_3(
      0x00000070, "Suite B minLOS_192 Server KMIP v1.3", "SuiteBMinLOS_192ServerKMIPV1_3", V1_3),
  STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_3(
      0x00000071,
      "Storage Array with Self Encrypting Drive Client KMIP v1.3",
      "StorageArrayWithSelfEncryptingDriveClientKMIPV1_3",
      V1_3),
  STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_3(
      0x00000072,
      "Storage Array with Self Encrypting Drive Server KMIP v1.3",
      "StorageArrayWithSelfEncryptingDriveServerKMIPV1_3",
      V1_3),
  HTTPS_CLIENT_KMIP_V1_3(0x00000073, "HTTPS Client KMIP v1.3", "HTTPSClientKMIPV1_3", V1_3),
  HTTPS_SERVER_KMIP_V1_3(0x00000074, "HTTPS Server KMIP v1.3", "HTTPSServerKMIPV1_3", V1_3),
  JSON_CLIENT_KMIP_V1_3(0x00000075, "JSON Client KMIP v1.3", "JSONClientKMIPV1_3", V1_3),
  JSON_SERVER_KMIP_V1_3(0x00000076, "JSON Server KMIP v1.3", "JSONServerKMIPV1_3", V1_3),
  XML_CLIENT_KMIP_V1_3(0x00000077, "XML Client KMIP v1.3", "XMLClientKMIPV1_3", V1_3),
  XML_SERVER_KMIP_V1_3(0x00000078, "XML Server KMIP v1.3", "XMLServerKMIPV1_3", V1_3),
  BASELINE_SERVER_BASIC_KMIP_V1_4(
      0x00000079, "Baseline Server Basic KMIP v1.4", "BaselineServerBasicKMIPV1_4", V1_4),
  BASELINE_SERVER_TLS_V1_2_KMIP_V1_4(
      0x0000007A, "Baseline Server TLS v1.2 KMIP v1.4", "BaselineServerTLSV1_2KMIPV1_4", V1_4),
  BASELINE_CLIENT_BASIC_KMIP_V1_4(
      0x0000007B, "Baseline Client Basic KMIP v1.4", "BaselineClientBasicKMIPV1_4", V1_4),
  BASELINE_CLIENT_TLS_V1_2_KMIP_V1_4(
      0x0000007C, "Baseline Client TLS v1.2 KMIP v1.4", "BaselineClientTLSV1_2KMIPV1_4", V1_4),
  COMPLETE_SERVER_BASIC_KMIP_V1_4(
      0x0000007D, "Complete Server Basic KMIP v1.4", "CompleteServerBasicKMIPV1_4", V1_4),
  COMPLETE_SERVER_TLS_V1_2_KMIP_V1_4(
      0x0000007E, "Complete Server TLS v1.2 KMIP v1.4", "CompleteServerTLSV1_2KMIPV1_4", V1_4),
  TAPE_LIBRARY_CLIENT_KMIP_V1_4(
      0x0000007F, "Tape Library Client KMIP v1.4", "TapeLibraryClientKMIPV1_4", V1_4),
  TAPE_LIBRARY_SERVER_KMIP_V1_4(
      0x00000080, "Tape Library Server KMIP v1.4", "TapeLibraryServerKMIPV1_4", V1_4),
  SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_4(
      0x00000081,
      "Symmetric Key Lifecycle Client KMIP v1.4",
      "SymmetricKeyLifecycleClientKMIPV1_4",
      V1_4),
  SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_4(
      0x00000082,
      "Symmetric Key Lifecycle Server KMIP v1.4",
      "SymmetricKeyLifecycleServerKMIPV1_4",
      V1_4),
  ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_4(
      0x00000083,
      "Asymmetric Key Lifecycle Client KMIP v1.4",
      "AsymmetricKeyLifecycleClientKMIPV1_4",
      V1_4),
  ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_4(
      0x00000084,
      "Asymmetric Key Lifecycle Server KMIP v1.4",
      "AsymmetricKeyLifecycleServerKMIPV1_4",
      V1_4),
  BASIC_CRYPTOGRAPHIC_CLIENT_KMIP_V1_4(
      0x00000085, "Basic Cryptographic Client KMIP v1.4", "BasicCryptographicClientKMIPV1_4", V1_4),
  BASIC_CRYPTOGRAPHIC_SERVER_KMIP_V1_4(
      0x00000086, "Basic Cryptographic Server KMIP v1.4", "BasicCryptographicServerKMIPV1_4", V1_4),
  ADVANCED_CRYPTOGRAPHIC_CLIENT_KMIP_V1_4(
      0x00000087,
      "Advanced Cryptographic Client KMIP v1.4",
      "AdvancedCryptographicClientKMIPV1_4",
      V1_4),
  ADVANCED_CRYPTOGRAPHIC_SERVER_KMIP_V1_4(
      0x00000088,
      "Advanced Cryptographic Server KMIP v1.4",
      "AdvancedCryptographicServerKMIPV1_4",
      V1_4),
  RNG_CRYPTOGRAPHIC_CLIENT_KMIP_V1_4(
      0x00000089, "RNG Cryptographic Client KMIP v1.4", "RNGCryptographicClientKMIPV1_4", V1_4),
  RNG_CRYPTOGRAPHIC_SERVER_KMIP_V1_4(
      0x0000008A, "RNG Cryptographic Server KMIP v1.4", "RNGCryptographicServerKMIPV1_4", V1_4),
  BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_4(
      0x0000008B,
      "Basic Symmetric Key Foundry Client KMIP v1.4",
      "BasicSymmetricKeyFoundryClientKMIPV1_4",
      V1_4),
  INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_4(
      0x0000008C,
      "Intermediate Symmetric Key Foundry Client KMIP v1.4",
      "IntermediateSymmetricKeyFoundryClientKMIPV1_4",
      V1_4),
  ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_4(
      0x0000008D,
      "Advanced Symmetric Key Foundry Client KMIP v1.4",
      "AdvancedSymmetricKeyFoundryClientKMIPV1_4",
      V1_4),
  SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_4(
      0x0000008E,
      "Symmetric Key Foundry Server KMIP v1.4",
      "SymmetricKeyFoundryServerKMIPV1_4",
      V1_4),
  OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_4(
      0x0000008F,
      "Opaque Managed Object Store Client KMIP v1.4",
      "OpaqueManagedObjectStoreClientKMIPV1_4",
      V1_4),
  OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_4(
      0x00000090,
      "Opaque Managed Object Store Server KMIP v1.4",
      "OpaqueManagedObjectStoreServerKMIPV1_4",
      V1_4),
  SUITE_B_MIN_LOS_128_CLIENT_KMIP_V1_4(
      0x00000091, "Suite B minLOS_128 Client KMIP v1.4", "SuiteBMinLOS_128ClientKMIPV1_4", V1_4),
  SUITE_B_MIN_LOS_128_SERVER_KMIP_V1_4(
      0x00000092, "Suite B minLOS_128 Server KMIP v1.4", "SuiteBMinLOS_128ServerKMIPV1_4", V1_4),
  SUITE_B_MIN_LOS_192_CLIENT_KMIP_V1_4(
      0x00000093, "Suite B minLOS_192 Client KMIP v1.4", "SuiteBMinLOS_192ClientKMIPV1_4", V1_4),
  SUITE_B_MIN_LOS_192_SERVER_KMIP_V1_4(
      0x00000094, "Suite B minLOS_192 Server KMIP v1.4", "SuiteBMinLOS_192ServerKMIPV1_4", V1_4),
  STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_4(
      0x00000095,
      "Storage Array with Self Encrypting Drive Client KMIP v1.4",
      "StorageArrayWithSelfEncryptingDriveClientKMIPV1_4",
      V1_4),
  STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_4(
      0x00000096,
      "Storage Array with Self Encrypting Drive Server KMIP v1.4",
      "StorageArrayWithSelfEncryptingDriveServerKMIPV1_4",
      V1_4),
  HTTPS_CLIENT_KMIP_V1_4(0x00000097, "HTTPS Client KMIP v1.4", "HTTPSClientKMIPV1_4", V1_4),
  HTTPS_SERVER_KMIP_V1_4(0x00000098, "HTTPS Server KMIP v1.4", "HTTPSServerKMIPV1_4", V1_4),
  JSON_CLIENT_KMIP_V1_4(0x00000099, "JSON Client KMIP v1.4", "JSONClientKMIPV1_4", V1_4),
  JSON_SERVER_KMIP_V1_4(0x0000009A, "JSON Server KMIP v1.4", "JSONServerKMIPV1_4", V1_4),
  XML_CLIENT_KMIP_V1_4(0x0000009B, "XML Client KMIP v1.4", "XMLClientKMIPV1_4", V1_4),
  XML_SERVER_KMIP_V1_4(0x0000009C, "XML Server KMIP v1.4", "XMLServerKMIPV1_4", V1_4),

  COMPLETE_SERVER_BASIC(0x00000104, "Complete Server Basic", "CompleteServerBasic", V2_0),
  COMPLETE_SERVER_TLS_V1_2(0x00000105, "Complete Server TLS v1.2", "CompleteServerTLSV1_2", V2_0),
  TAPE_LIBRARY_CLIENT(0x00000106, "Tape Library Client", "TapeLibraryClient", V2_0),
  TAPE_LIBRARY_SERVER(0x00000107, "Tape Library Server", "TapeLibraryServer", V2_0),
  SYMMETRIC_KEY_LIFECYCLE_CLIENT(
      0x00000108, "Symmetric Key Lifecycle Client", "SymmetricKeyLifecycleClient", V2_0),
  SYMMETRIC_KEY_LIFECYCLE_SERVER(
      0x00000109, "Symmetric Key Lifecycle Server", "SymmetricKeyLifecycleServer", V2_0),
  ASYMMETRIC_KEY_LIFECYCLE_CLIENT(
      0x0000010A, "Asymmetric Key Lifecycle Client", "AsymmetricKeyLifecycleClient", V2_0),
  ASYMMETRIC_KEY_LIFECYCLE_SERVER(
      0x0000010B, "Asymmetric Key Lifecycle Server", "AsymmetricKeyLifecycleServer", V2_0),
  BASIC_CRYPTOGRAPHIC_CLIENT(
      0x0000010C, "Basic Cryptographic Client", "BasicCryptographicClient", V2_0),
  BASIC_CRYPTOGRAPHIC_SERVER(
      0x0000010D, "Basic Cryptographic Server", "BasicCryptographicServer", V2_0),
  ADVANCED_CRYPTOGRAPHIC_CLIENT(
      0x0000010E, "Advanced Cryptographic Client", "AdvancedCryptographicClient", V2_0),
  ADVANCED_CRYPTOGRAPHIC_SERVER(
      0x0000010F, "Advanced Cryptographic Server", "AdvancedCryptographicServer", V2_0),
  RNG_CRYPTOGRAPHIC_CLIENT(0x00000110, "RNG Cryptographic Client", "RNGCryptographicClient", V2_0),
  RNG_CRYPTOGRAPHIC_SERVER(0x00000111, "RNG Cryptographic Server", "RNGCryptographicServer", V2_0),
  BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT(
      0x00000112, "Basic Symmetric Key Foundry Client", "BasicSymmetricKeyFoundryClient", V2_0),
  INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT(
      0x00000113,
      "Intermediate Symmetric Key Foundry Client",
      "IntermediateSymmetricKeyFoundryClient",
      V2_0),
  ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT(
      0x00000114,
      "Advanced Symmetric Key Foundry Client",
      "AdvancedSymmetricKeyFoundryClient",
      V2_0),
  SYMMETRIC_KEY_FOUNDRY_SERVER(
      0x00000115, "Symmetric Key Foundry Server", "SymmetricKeyFoundryServer", V2_0),
  OPAQUE_MANAGED_OBJECT_STORE_CLIENT(
      0x00000116, "Opaque Managed Object Store Client", "OpaqueManagedObjectStoreClient", V2_0),
  OPAQUE_MANAGED_OBJECT_STORE_SERVER(
      0x00000117, "Opaque Managed Object Store Server", "OpaqueManagedObjectStoreServer", V2_0),
  STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT(
      0x0000011C,
      "Storage Array with Self Encrypting Drive Client",
      "StorageArrayWithSelfEncryptingDriveClient",
      V2_0),
  STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER(
      0x0000011D,
      "Storage Array with Self Encrypting Drive Server",
      "StorageArrayWithSelfEncryptingDriveServer",
      V2_0),
  HTTPS_CLIENT(0x0000011E, "HTTPS Client", "HTTPSClient", V2_0),
  HTTPS_SERVER(0x0000011F, "HTTPS Server", "HTTPSServer", V2_0),
  JSON_CLIENT(0x00000120, "JSON Client", "JSONClient", V2_0),
  JSON_SERVER(0x00000121, "JSON Server", "JSONServer", V2_0),
  XML_CLIENT(0x00000122, "XML Client", "XMLClient", V2_0),
  XML_SERVER(0x00000123, "XML Server", "XMLServer", V2_0),
  AES_XTS_CLIENT(0x00000124, "AES XTS Client", "AESXTSClient", V2_0),
  AES_XTS_SERVER(0x00000125, "AES XTS Server", "AESXTSServer", V2_0),
  QUANTUM_SAFE_CLIENT(0x00000126, "Quantum Safe Client", "QuantumSafeClient", V2_0),
  QUANTUM_SAFE_SERVER(0x00000127, "Quantum Safe Server", "QuantumSafeServer", V2_0),
  PKCS_11_CLIENT(0x00000128, "PKCS#11 Client", "PKCS_11Client", V2_0),
  PKCS_11_SERVER(0x00000129, "PKCS#11 Server", "PKCS_11Server", V2_0),
  BASELINE_CLIENT(0x0000012A, "Baseline Client", "BaselineClient", V2_0),
  BASELINE_SERVER(0x0000012B, "Baseline Server", "BaselineServer", V2_0),
  COMPLETE_SERVER(0x0000012C, "Complete Server", "CompleteServer", V2_0);

  private static final EnumLookup<ProfileName> LOOKUP = EnumLookup.of("Profile Name", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  ProfileName(int code, String specName, String encodingName, KmipVersion since) {
    this.code = code;
    this.specName = specName;
    this.encodingName = encodingName;
    this.since = since;
  }

  @Override
  public int code() {
    return code;
  }

  @Override
  public String specName() {
    return specName;
  }

  @Override
  public String encodingName() {
    return encodingName;
  }

  @Override
  public KmipVersion since() {
    return since;
  }

  public static ProfileName fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<ProfileName> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<ProfileName> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
